package dev.assumerole.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.assumerole.testing.MotoServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Assumes roles against moto, STS's emulator, on loopback. */
@ExtendWith(MotoServer.class)
class AssumeRoleIT {
    @TempDir
    Path home;

    private ServerProcess start(MotoServer moto, Map<String, String> extra, String options) throws Exception {
        Fixtures.write(home);
        Map<String, String> env = new HashMap<>(ServerProcess.environment(home.resolve("config"),
                home.resolve("credentials"), moto.endpoint().toString()));
        env.putAll(extra);
        ServerProcess server = ServerProcess.start(home, env);
        JsonObject settings = JsonParser.parseString(options).getAsJsonObject();
        settings.addProperty("stsEndpoint", moto.endpoint().toString());
        server.initialize(settings);
        return server;
    }

    private static JsonObject request(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    @Test
    void assumeReturnsSessionAndEnvironment(MotoServer moto) throws Exception {
        try (ServerProcess server = start(moto, Map.of(), "{}")) {
            Instant before = Instant.now();

            JsonObject result = ServerProcess.await(server.server.assumeRole(
                    request("{\"profile\": \"admin\", \"tokenCode\": \"123456\", \"durationSeconds\": 1800}")));

            JsonObject session = result.getAsJsonObject("session");
            assertThat(session.get("profile").getAsString()).isEqualTo("admin");
            assertThat(session.get("roleArn").getAsString()).isEqualTo("arn:aws:iam::123456789012:role/admin");
            assertThat(session.get("assumedRoleArn").getAsString())
                    .startsWith("arn:aws:sts::123456789012:assumed-role/admin/");
            assertThat(session.get("accountId").getAsString()).isEqualTo("123456789012");
            assertThat(session.get("sessionName").getAsString()).isNotBlank();
            assertThat(session.get("region").getAsString()).isEqualTo("eu-west-1");
            Instant expiration = Instant.parse(session.get("expiration").getAsString());
            assertThat(expiration).isBetween(before.plus(Duration.ofMinutes(29)), before.plus(Duration.ofMinutes(32)));
            assertThat(session.keySet()).doesNotContain("credentials", "accessKeyId", "secretAccessKey",
                    "sessionToken");

            JsonObject environment = result.getAsJsonObject("environment");
            assertThat(environment.get("AWS_ACCESS_KEY_ID").getAsString()).isNotBlank();
            assertThat(environment.get("AWS_SECRET_ACCESS_KEY").getAsString()).isNotBlank();
            assertThat(environment.get("AWS_SESSION_TOKEN").getAsString()).isNotBlank();
            assertThat(environment.get("AWS_CREDENTIAL_EXPIRATION").getAsString())
                    .isEqualTo(session.get("expiration").getAsString());
            assertThat(environment.get("AWS_SESSION_EXPIRATION").getAsString())
                    .isEqualTo(session.get("expiration").getAsString());
            assertThat(environment.get("AWS_REGION").getAsString()).isEqualTo("eu-west-1");
            assertThat(environment.get("AWS_DEFAULT_REGION").getAsString()).isEqualTo("eu-west-1");
            assertThat(environment.get("AWS_ASSUME_ROLE_PROFILE").getAsString()).isEqualTo("admin");
            assertThat(environment.keySet()).doesNotContain("AWS_PROFILE", "AWS_DEFAULT_PROFILE");

            List<String> bodies = moto.recordedBodies();
            assertThat(bodies).anySatisfy(body -> assertThat(body).contains("Action=AssumeRole",
                    "SerialNumber=" + Fixtures.SERIAL, "TokenCode=123456", "DurationSeconds=1800"));
        }
    }

    @Test
    void sessionsListsAndEndSessionEnds(MotoServer moto) throws Exception {
        try (ServerProcess server = start(moto, Map.of(), "{}")) {
            ServerProcess.await(server.server.assumeRole(request("{\"profile\": \"plain\"}")));

            JsonObject sessions = ServerProcess.await(server.server.sessions(null));
            assertThat(sessions.getAsJsonArray("sessions")).hasSize(1);
            JsonObject listed = sessions.getAsJsonArray("sessions").get(0).getAsJsonObject();
            assertThat(listed.get("profile").getAsString()).isEqualTo("plain");
            assertThat(listed.has("region")).isFalse();
            assertThat(sessions.toString()).doesNotContain("AWS_SECRET_ACCESS_KEY", "sessionToken");

            JsonObject ended = ServerProcess.await(server.server.endSession(request("{\"profile\": \"plain\"}")));

            assertThat(ended.entrySet()).isEmpty();
            RecordingClient.Notification notification = server.client.awaitNotification("aws/sessionEnded",
                    params -> params.get("profile").getAsString().equals("plain"), ServerProcess.TIMEOUT);
            assertThat(notification.params().get("reason").getAsString()).isEqualTo("ended");
            assertThat(ServerProcess.await(server.server.sessions(null)).getAsJsonArray("sessions")).isEmpty();
        }
    }

    @Test
    void endSessionWithoutSessionReturnsEmptyResult(MotoServer moto) throws Exception {
        try (ServerProcess server = start(moto, Map.of(), "{}")) {
            JsonObject ended = ServerProcess.await(server.server.endSession(request("{\"profile\": \"admin\"}")));

            assertThat(ended.entrySet()).isEmpty();
            assertThat(server.client.count("aws/sessionEnded")).isZero();
        }
    }

    @Test
    void nothingWrittenOutsideResultHoldsSecret(MotoServer moto) throws Exception {
        String code = "864209";
        Map<String, String> trace = Map.of("ASSUME_ROLE_TRACE", "1");
        JsonObject environment;
        ServerProcess server = start(moto, trace, "{\"logLevel\": \"all\", \"traceMessages\": true}");
        try (server) {
            JsonObject result = ServerProcess.await(server.server.assumeRole(
                    request("{\"profile\": \"admin\", \"tokenCode\": \"" + code + "\"}")));
            environment = result.getAsJsonObject("environment");
            ServerProcess.await(server.server.sessions(null));
            ServerProcess.errorOf(server.server.assumeRole(
                    request("{\"profile\": \"admin\", \"tokenCode\": \"" + code + "\"}")));
            ServerProcess.await(server.server.endSession(request("{\"profile\": \"admin\"}")));
            ServerProcess.await(server.server.shutdown());
            server.server.exit();
            assertThat(server.awaitExit()).isZero();
        }
        String keyId = environment.get("AWS_ACCESS_KEY_ID").getAsString();
        List<String> secrets = List.of(environment.get("AWS_SECRET_ACCESS_KEY").getAsString(),
                environment.get("AWS_SESSION_TOKEN").getAsString(), code, keyId, Fixtures.SOURCE_SECRET);

        Frames frames = Frames.split(server.stdoutBytes());
        StringBuilder written = new StringBuilder(server.stderr()).append(frames.leftover());
        int resultFrames = 0;
        for (JsonObject message : frames.messages()) {
            boolean isResult = message.has("result") && message.get("result").isJsonObject()
                    && message.getAsJsonObject("result").has("environment");
            if (isResult) {
                resultFrames++;
            } else {
                written.append(message).append('\n');
            }
        }
        written.append(server.client.logText());

        assertThat(resultFrames).isEqualTo(1);
        assertThat(server.stderr()).contains("[Trace", "aws/assumeRole", MessageRedactor.REDACTED,
                "****" + keyId.substring(keyId.length() - 4));
        assertThat(server.client.logText()).contains("Profile admin");
        for (String secret : secrets) {
            assertThat(written.toString()).doesNotContain(secret);
        }
    }
}
