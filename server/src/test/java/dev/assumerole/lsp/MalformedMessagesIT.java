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
}
