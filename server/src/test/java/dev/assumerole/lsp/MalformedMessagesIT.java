package dev.assumerole.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages that are too large, not JSON-RPC, or for methods the server lacks, sent to the real jar's stdin. */
class MalformedMessagesIT {
    /** The JVM options the VS Code client starts the server with. */
    private static final List<String> CLIENT_JVM_OPTIONS = List.of("-Xmx64m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError");

    @TempDir
    Path home;

    private static RawConnection initialized(ServerProcess server) throws Exception {
        RawConnection connection = new RawConnection(server.process);
        connection.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
        assertThat(connection.awaitResponse(1, ServerProcess.TIMEOUT)).as("initialize response").isNotNull();
        return connection;
    }

    /** Sends {@code aws/sessions} and requires its result, which shows the server still serves. */
    private static void assertServes(ServerProcess server, RawConnection connection, int id) throws Exception {
        connection.send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"aws/sessions\",\"params\":{}}");

        JsonObject response = connection.awaitResponse(id, ServerProcess.TIMEOUT);

        assertThat(response).as("response to aws/sessions (id %d)", id).isNotNull();
        assertThat(response.getAsJsonObject("result").has("sessions")).isTrue();
        assertThat(server.process.isAlive()).isTrue();
    }

    @Test
    void messageOverLimitIsSkippedOnPipe() throws Exception {
        try (ServerProcess server = ServerProcess.startRaw(home, Map.of(), CLIENT_JVM_OPTIONS)) {
            RawConnection connection = initialized(server);
            byte[] prefix = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"aws/assumeRole\",\"params\":{\"profile\":\""
                    .getBytes(StandardCharsets.US_ASCII);
            int length = ResyncingInputStream.MAX_BODY + 4 * 1024 * 1024;
            byte[] body = new byte[length];
            Arrays.fill(body, (byte) 'a');
            System.arraycopy(prefix, 0, body, 0, prefix.length);
            body[length - 3] = '"';
            body[length - 2] = '}';
            body[length - 1] = '}';

            connection.sendBytes(("Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < length; offset += 1024 * 1024) {
                connection.sendBytes(Arrays.copyOfRange(body, offset, Math.min(length, offset + 1024 * 1024)));
            }

            assertServes(server, connection, 3);
            assertThat(connection.logMessages()).anyMatch(line -> line.contains("Skipped a message of " + length));
            assertThat(connection.logMessages()).noneMatch(line -> line.contains("Illegal seek"));
        }
    }
    private static JsonObject errorOf(JsonObject response) {
        assertThat(response).as("error response").isNotNull();
        return response.getAsJsonObject("error");
    }

    /** Requires that no log line holds a stack frame or an exception's class name. */
    private static void assertNoStackTrace(RawConnection connection) {
        assertThat(connection.logMessages()).noneMatch(line -> line.contains("\tat "));
        assertThat(connection.logMessages()).noneMatch(line -> line.contains("Exception"));
    }

    @Test
    void paramsArrayIsInvalidParams() throws Exception {
        try (ServerProcess server = ServerProcess.startRaw(home, Map.of())) {
            RawConnection connection = initialized(server);

            connection.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"aws/assumeRole\","
                    + "\"params\":[\"admin\",\"123456\"]}");
            JsonObject error = errorOf(connection.awaitResponse(2, ServerProcess.TIMEOUT));

            assertThat(error.get("code").getAsInt()).isEqualTo(-32602);
            assertThat(error.getAsJsonObject("data").get("kind").getAsString()).isEqualTo("invalidInput");
            assertThat(error.get("message").getAsString()).contains("aws/assumeRole", "array of 2");
            assertServes(server, connection, 3);
            assertNoStackTrace(connection);
        }
    }

    @Test
    void unreadableIdOrBatchGetsNullId() throws Exception {
        List<String> messages = List.of(
                "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"aws/sessions\",\"params\":{}}",
                "[{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"aws/sessions\",\"params\":{}}]",
                "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"aws/sessions\"}",
                "\"just a string\"");
        try (ServerProcess server = ServerProcess.startRaw(home, Map.of())) {
            RawConnection connection = initialized(server);
            int id = 10;
            for (String message : messages) {
                connection.send(message);
                JsonObject error = errorOf(connection.awaitNullIdResponse(ServerProcess.TIMEOUT));

                assertThat(error.get("code").getAsInt()).as(message).isEqualTo(-32600);
                assertThat(error.getAsJsonObject("data").get("kind").getAsString()).isEqualTo("invalidInput");
                assertServes(server, connection, id++);
            }
            assertNoStackTrace(connection);
        }
    }

    @Test
    void nullMethodIsInvalidRequest() throws Exception {
        try (ServerProcess server = ServerProcess.startRaw(home, Map.of())) {
            RawConnection connection = initialized(server);

            connection.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":null,\"params\":{}}");
            JsonObject error = errorOf(connection.awaitResponse(2, ServerProcess.TIMEOUT));

            assertThat(error.get("code").getAsInt()).isEqualTo(-32600);
            assertThat(error.get("message").getAsString()).contains("'method'");
            assertServes(server, connection, 3);
            assertNoStackTrace(connection);
        }
    }

    @Test
    void hoverIsMethodNotFound() throws Exception {
        try (ServerProcess server = ServerProcess.startRaw(home, Map.of())) {
            RawConnection connection = initialized(server);

            connection.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":"
                    + "{\"textDocument\":{\"uri\":\"file:///x\"},\"position\":{\"line\":0,\"character\":0}}}");
            JsonObject error = errorOf(connection.awaitResponse(2, ServerProcess.TIMEOUT));

            assertThat(error.get("code").getAsInt()).isEqualTo(-32601);
            assertThat(error.getAsJsonObject("data").get("kind").getAsString()).isEqualTo("invalidInput");
            assertThat(error.get("message").getAsString()).contains("textDocument/hover", "aws/assumeRole");
            assertServes(server, connection, 3);
            assertNoStackTrace(connection);
        }
    }

    @Test
    void invalidJsonMessageHasOneFullStop() throws Exception {
        try (ServerProcess server = ServerProcess.startRaw(home, Map.of())) {
            RawConnection connection = initialized(server);

            connection.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"aws/assumeRole\",\"params\":{\"x\":");
            JsonObject error = errorOf(connection.awaitNullIdResponse(ServerProcess.TIMEOUT));

            assertThat(error.get("code").getAsInt()).isEqualTo(-32700);
            assertThat(error.get("message").getAsString()).contains("not valid JSON").doesNotContain("..");
            assertServes(server, connection, 3);
            assertNoStackTrace(connection);
        }
    }

    @Test
    void didOpenOfWrongTypeLogsOneLine() throws Exception {
        try (ServerProcess server = ServerProcess.startRaw(home, Map.of())) {
            RawConnection connection = initialized(server);

            connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":"
                    + "{\"textDocument\":5}}");
            assertServes(server, connection, 3);

            assertThat(connection.logMessages()).anyMatch(line -> line.contains("textDocument/didOpen")
                    && line.contains("$.params.textDocument") && !line.contains("\n"));
            assertNoStackTrace(connection);
        }
    }

    @Test
    void hugeProfileNameIsCutInErrorAndLog() throws Exception {
        String profile = "p".repeat(5 * 1024 * 1024);
        try (ServerProcess server = ServerProcess.startRaw(home, Map.of())) {
            RawConnection connection = initialized(server);

            connection.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"aws/assumeRole\",\"params\":"
                    + "{\"profile\":\"" + profile + "\"}}");
            JsonObject error = errorOf(connection.awaitResponse(2, ServerProcess.TIMEOUT));
            assertServes(server, connection, 3);

            assertThat(error.get("message").getAsString()).contains("p".repeat(100) + "…").hasSizeLessThan(1000);
            JsonObject data = error.getAsJsonObject("data");
            assertThat(data.get("message").getAsString()).hasSizeLessThan(1000);
            if (data.has("profile")) {
                assertThat(data.get("profile").getAsString()).hasSizeLessThan(200);
            }
            assertThat(connection.logMessages()).allMatch(line -> line.length() < 2000);
        }
    }
}
