package dev.assumerole.lsp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.assumerole.testing.StsStub;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure kind end to end, from a scripted STS that answers with STS's own error documents. */
class StsErrorsIT {
    private static final String ADMIN_SESSION = "arn:aws:sts::123456789012:assumed-role/admin/alice";

    @TempDir
    Path home;

    private StsStub sts;
    private ServerProcess server;

    @BeforeEach
    void start() throws Exception {
        sts = StsStub.start();
        server = startServer(sts.endpoint().toString(), "{}");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        sts.close();
    }

    private ServerProcess startServer(String endpoint, String options) throws Exception {
        Fixtures.write(home);
        ServerProcess started = ServerProcess.start(home,
                ServerProcess.environment(home.resolve("config"), home.resolve("credentials"), endpoint));
        JsonObject settings = JsonParser.parseString(options).getAsJsonObject();
        settings.addProperty("stsEndpoint", endpoint);
        started.initialize(settings);
        return started;
    }

    private static JsonObject request(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    /** Assumes and checks the error's kind, that its message is in both places and names the profile. */
    private JsonObject assertFails(String params, String kind) throws Exception {
        JsonObject error = ServerProcess.errorOf(server.server.assumeRole(request(params)));
        JsonObject data = error.getAsJsonObject("data");
        assertThat(data.get("kind").getAsString()).as(error.toString()).isEqualTo(kind);
        assertThat(data.get("message").getAsString()).isEqualTo(error.get("message").getAsString()).isNotBlank();
        int expectedCode = kind.equals("invalidInput") ? -32602 : ProtocolErrors.REQUEST_FAILED;
        assertThat(error.get("code").getAsInt()).isEqualTo(expectedCode);
        String profile = request(params).get("profile").getAsString();
        assertThat(data.get("profile").getAsString()).isEqualTo(profile);
        assertThat(error.get("message").getAsString()).contains(profile);
        return error;
    }

    @Test
    void missingCodeIsMfaCodeRequiredWithSerial() throws Exception {
        JsonObject error = assertFails("{\"profile\": \"admin\"}", "mfaCodeRequired");

        assertThat(error.getAsJsonObject("data").get("mfaSerial").getAsString()).isEqualTo(Fixtures.SERIAL);
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void malformedCodeIsInvalidInput() throws Exception {
        assertFails("{\"profile\": \"admin\", \"tokenCode\": \"12ab\"}", "invalidInput");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void durationOutOfRangeIsInvalidInput() throws Exception {
        assertFails("{\"profile\": \"plain\", \"durationSeconds\": 60}", "invalidInput");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void unknownProfileIsProfileNotFound() throws Exception {
        assertFails("{\"profile\": \"nope\"}", "profileNotFound");
    }

    @Test
    void cycleIsConfigError() throws Exception {
        assertFails("{\"profile\": \"loop-a\"}", "configError");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void ssoProfileIsNotSupported() throws Exception {
        assertFails("{\"profile\": \"sso\"}", "notSupported");
    }

    @Test
    void rejectedCodeIsMfaCodeRejected() throws Exception {
        sts.answerError(403, "Sender", "AccessDenied",
                "MultiFactorAuthentication failed with invalid MFA one time pass code.");

        JsonObject error = assertFails("{\"profile\": \"admin\", \"tokenCode\": \"111111\"}", "mfaCodeRejected");

        assertThat(error.getAsJsonObject("data").get("mfaSerial").getAsString()).isEqualTo(Fixtures.SERIAL);
        assertThat(error.toString()).doesNotContain("111111");
    }

    @Test
    void deniedRoleIsAccessDenied() throws Exception {
        sts.answerError(403, "Sender", "AccessDenied", "User: arn:aws:iam::123456789012:user/alice is not"
                + " authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/plain");

        assertFails("{\"profile\": \"plain\"}", "accessDenied");
    }

    @Test
    void durationAboveRoleMaximumIsDurationTooLong() throws Exception {
        sts.answerError(400, "Sender", "ValidationError",
                "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");

        assertFails("{\"profile\": \"plain\", \"durationSeconds\": 43200}", "durationTooLong");
    }

    @Test
    void invalidSourceKeysAreSourceCredentialsInvalid() throws Exception {
        sts.answerError(403, "Sender", "InvalidClientTokenId", "The security token included in the request is invalid.");

        assertFails("{\"profile\": \"plain\"}", "sourceCredentialsInvalid");
    }

    @Test
    void throttlingIsThrottled() throws Exception {
        sts.answerError(400, "Sender", "Throttling", "Rate exceeded");

        assertFails("{\"profile\": \"plain\"}", "throttled");
    }

    @Test
    void unknownStsFailureIsStsError() throws Exception {
        sts.answerError(400, "Sender", "PackedPolicyTooLarge", "The session policy is too large.");

        assertFails("{\"profile\": \"plain\"}", "stsError");
    }

    @Test
    void droppedConnectionIsNetwork() throws Exception {
        sts.answerConnectionReset();

        assertFails("{\"profile\": \"plain\"}", "network");
    }

    @Test
    void reusedCodeIsRejectedWithoutSecondStsCall() throws Exception {
        sts.answerAssumeRole(ADMIN_SESSION);
        ServerProcess.await(server.server.assumeRole(request("{\"profile\": \"admin\", \"tokenCode\": \"222222\"}")));
        assertThat(sts.calls()).hasSize(1);

        JsonObject error = assertFails("{\"profile\": \"admin\", \"tokenCode\": \"222222\"}", "mfaCodeRejected");

        assertThat(error.get("message").getAsString()).contains("already sent", "next code");
        assertThat(sts.calls()).hasSize(1);
    }

    @Test
    void sameCodeTwiceInFlightMakesOneStsCall() throws Exception {
        sts.answerLate(Duration.ofSeconds(1), ADMIN_SESSION);
        JsonObject params = request("{\"profile\": \"admin\", \"tokenCode\": \"333333\"}");

        CompletableFuture<JsonObject> first = server.server.assumeRole(params);
        CompletableFuture<JsonObject> second = server.server.assumeRole(params);

        assertThat(ServerProcess.await(first).getAsJsonObject("session"))
                .isEqualTo(ServerProcess.await(second).getAsJsonObject("session"));
        assertThat(sts.calls()).hasSize(1);
    }

    @Test
    void unreachableEndpointSetByConfigurationChangeIsNetwork() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        server.server.getWorkspaceService().didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(
                request("{\"awsAssumeRole\": {\"stsEndpoint\": \"http://127.0.0.1:" + closedPort + "\"}}")));

        JsonObject error = assertFails("{\"profile\": \"plain\"}", "network");

        assertThat(error.get("message").getAsString()).contains("127.0.0.1:" + closedPort);
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void shortSessionSendsExpiringThenEnded() throws Exception {
        WireMockServer shortSts = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        shortSts.start();
        try {
            Instant expiration = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
            shortSts.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/xml").withBody(shortSession(expiration))));
            server.close();
            server = startServer("http://127.0.0.1:" + shortSts.port(), "{\"warningMinutes\": 1}");

            ServerProcess.await(server.server.assumeRole(request("{\"profile\": \"plain\"}")));

            RecordingClient.Notification expiring = server.client.awaitNotification("aws/sessionExpiring",
                    params -> true, ServerProcess.TIMEOUT);
            assertThat(expiring.params().get("secondsLeft").getAsLong()).isBetween(0L, 60L);
            assertThat(expiring.params().getAsJsonObject("session").get("expiration").getAsString())
                    .isEqualTo(expiration.toString());
            assertThat(expiring.params().toString()).doesNotContain("SecretKeyShortLived");
            RecordingClient.Notification ended = server.client.awaitNotification("aws/sessionEnded",
                    params -> true, ServerProcess.TIMEOUT);
            assertThat(ended.params().get("profile").getAsString()).isEqualTo("plain");
            assertThat(ended.params().get("reason").getAsString()).isEqualTo("expired");
            assertThat(Instant.now()).isAfterOrEqualTo(expiration);
            assertThat(ServerProcess.await(server.server.sessions(null)).getAsJsonArray("sessions")).isEmpty();
        } finally {
            shortSts.stop();
        }
    }

    private static String shortSession(Instant expiration) {
        return "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
                + "<AssumedRoleUser><AssumedRoleId>AROAEXAMPLE:alice</AssumedRoleId>"
                + "<Arn>arn:aws:sts::123456789012:assumed-role/plain/alice</Arn></AssumedRoleUser>"
                + "<Credentials><AccessKeyId>ASIASHORTLIVEDEXAMPLE</AccessKeyId>"
                + "<SecretAccessKey>SecretKeyShortLived0123456789</SecretAccessKey>"
                + "<SessionToken>SessionTokenShortLived0123456789</SessionToken>"
                + "<Expiration>" + expiration + "</Expiration></Credentials></AssumeRoleResult>"
                + "<ResponseMetadata><RequestId>x</RequestId></ResponseMetadata></AssumeRoleResponse>";
    }
}
