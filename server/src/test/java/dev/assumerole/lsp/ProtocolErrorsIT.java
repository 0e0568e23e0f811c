package dev.assumerole.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtocolErrorsIT {
    @TempDir
    Path home;

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static void assertInvalidParams(JsonObject error, String... fragments) {
        assertThat(error.get("code").getAsInt()).isEqualTo(-32602);
        JsonObject data = error.getAsJsonObject("data");
        assertThat(data.get("kind").getAsString()).isEqualTo("invalidInput");
        assertThat(data.get("message").getAsString()).isEqualTo(error.get("message").getAsString());
        assertThat(error.get("message").getAsString()).contains(fragments);
    }

    @Test
    void wrongParameterTypesAreInvalidParams() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, Map.of())) {
            server.initialize(new JsonObject());
            TestServer api = server.server;

            assertInvalidParams(ServerProcess.errorOf(api.assumeRole(json("{\"profile\": 5}"))), "'profile'",
                    "string");
            assertInvalidParams(ServerProcess.errorOf(
                    api.assumeRole(json("{\"profile\": \"admin\", \"durationSeconds\": \"x\"}"))), "durationSeconds",
                    "whole number");
            assertInvalidParams(ServerProcess.errorOf(
                    api.assumeRole(json("{\"profile\": \"admin\", \"tokenCode\": 123456}"))), "tokenCode");
            assertInvalidParams(ServerProcess.errorOf(api.assumeRole(null)), "profile");
            assertInvalidParams(ServerProcess.errorOf(api.assumeRole(json("{}"))), "'profile'");
            assertInvalidParams(ServerProcess.errorOf(api.endSession(json("{\"profile\": []}"))), "'profile'");
            assertInvalidParams(ServerProcess.errorOf(
                    api.assumeRole(JsonParser.parseString("[\"admin\"]"))), "object");

            assertThat(ServerProcess.await(api.sessions(new JsonObject())).getAsJsonArray("sessions")).isEmpty();
        }
    }

    @Test
    void unknownMethodIsMethodNotFound() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, Map.of())) {
            server.initialize(new JsonObject());

            JsonObject error = ServerProcess.errorOf(server.server.noSuchMethod(new JsonObject()));

            assertThat(error.get("code").getAsInt()).isEqualTo(-32601);
            assertThat(error.getAsJsonObject("data").get("kind").getAsString()).isEqualTo("invalidInput");
            assertThat(error.get("message").getAsString()).contains("aws/noSuchMethod", "aws/assumeRole");
            assertThat(ServerProcess.await(server.server.sessions(new JsonObject()))).isNotNull();
        }
    }

    @Test
    void garbageOnStdinLeavesServerServing() throws Exception {
        try (ServerProcess server = ServerProcess.startRaw(home, Map.of())) {
            RawConnection connection = new RawConnection(server.process);
            connection.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
            assertThat(connection.awaitResponse(1, ServerProcess.TIMEOUT)).isNotNull();
            int nextId = 100;

            connection.sendBytes(new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, '\r', '\n', '\r', '\n'});
            nextId = assertAnswersAgain(connection, nextId);

            connection.sendBytes("Content-Length: abc\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
            nextId = assertAnswersAgain(connection, nextId);

            connection.send("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"aws/assumeRole\",\"params\":{\"tokenCode\":");
            JsonObject parseError = connection.awaitResponse(7, ServerProcess.TIMEOUT);
            nextId = assertAnswersAgain(connection, nextId);

            connection.send("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"aws/assumeRole\",\"params\":{\"profile\":5}}");
            JsonObject invalidParams = connection.awaitResponse(8, ServerProcess.TIMEOUT);
            assertAnswersAgain(connection, nextId);

            assertThat(server.process.isAlive()).isTrue();
            if (parseError != null) {
                assertThat(parseError.getAsJsonObject("error").getAsJsonObject("data").has("kind")).isTrue();
                assertThat(parseError.toString()).doesNotContain("at org.eclipse");
            }
            assertThat(invalidParams.getAsJsonObject("error").get("code").getAsInt()).isEqualTo(-32602);
        }
    }

    /**
     * Sends {@code aws/sessions} until one is answered. A broken header can swallow the message after it, because
     * the server resynchronises on the next blank line, so one request alone could be lost.
     */
    private static int assertAnswersAgain(RawConnection connection, int firstId) throws Exception {
        long deadline = System.nanoTime() + ServerProcess.TIMEOUT.toNanos();
        int id = firstId;
        while (System.nanoTime() < deadline) {
            connection.send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"aws/sessions\",\"params\":{}}");
            JsonObject response = connection.awaitResponse(id, Duration.ofSeconds(2));
            id++;
            if (response != null) {
                assertThat(response.getAsJsonObject("result").has("sessions")).isTrue();
                return id;
            }
        }
        throw new AssertionError("The server answered no request after the garbage");
    }
}
