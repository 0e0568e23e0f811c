package dev.assumerole.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LifecycleIT {
    @TempDir
    Path home;

    @Test
    void initializeNamesServer() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, Map.of())) {
            JsonObject result = server.initialize(new JsonObject());

            assertThat(result.getAsJsonObject("serverInfo").get("name").getAsString())
                    .isEqualTo("assume-role-server");
            assertThat(result.has("capabilities")).isTrue();
        }
    }

    @Test
    void exitAfterShutdownEndsWithZero() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, Map.of())) {
            server.initialize(new JsonObject());

            ServerProcess.await(server.server.shutdown());
            server.server.exit();

            assertThat(server.awaitExit()).isZero();
        }
    }

    @Test
    void exitWithoutShutdownEndsWithOne() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, Map.of())) {
            server.initialize(new JsonObject());

            server.server.exit();

            assertThat(server.awaitExit()).isEqualTo(1);
        }
    }

    @Test
    void closedInputEndsServer() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, Map.of())) {
            server.initialize(new JsonObject());

            server.process.getOutputStream().close();

            assertThat(server.awaitExit()).isEqualTo(1);
        }
    }

    @Test
    void requestAfterShutdownIsInvalidRequest() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, Map.of())) {
            server.initialize(new JsonObject());
            ServerProcess.await(server.server.shutdown());

            JsonObject error = ServerProcess.errorOf(server.server.sessions(new JsonObject()));

            assertThat(error.get("code").getAsInt()).isEqualTo(-32600);
            assertThat(error.getAsJsonObject("data").get("kind").getAsString()).isEqualTo("invalidInput");
            assertThat(error.get("message").getAsString()).contains("exit");
        }
    }

    @Test
    void requestBeforeInitializeIsRejected() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, Map.of())) {
            JsonObject error = ServerProcess.errorOf(server.server.sessions(new JsonObject()));

            assertThat(error.get("code").getAsInt()).isEqualTo(-32002);
            assertThat(error.get("message").getAsString()).contains("initialize");
        }
    }

    @Test
    void serverExitsWhenEditorProcessIsGone() throws Exception {
        Process editor = new ProcessBuilder("sleep", "600").start();
        try (ServerProcess server = ServerProcess.start(home, Map.of())) {
            server.initialize(new JsonObject(), editor.pid());
            assertThat(server.process.isAlive()).isTrue();

            editor.destroy();
            editor.waitFor(10, TimeUnit.SECONDS);

            assertThat(server.awaitExit()).isEqualTo(1);
            assertThat(server.client.logText()).contains("editor process " + editor.pid() + " is gone");
        } finally {
            editor.destroyForcibly();
        }
    }

    @Test
    void stdoutCarriesOnlyProtocolMessages() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, Map.of())) {
            server.initialize(JsonParser.parseString("{\"logLevel\": \"all\"}").getAsJsonObject());
            ServerProcess.await(server.server.sessions(new JsonObject()));
            ServerProcess.await(server.server.shutdown());
            server.server.exit();
            server.awaitExit();

            assertThat(Frames.split(server.stdoutBytes()).leftover()).isEmpty();
        }
    }

    @Test
    void settingsChangeIsAppliedAndLogged() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, Map.of())) {
            server.initialize(new JsonObject());

            server.server.getWorkspaceService().didChangeConfiguration(
                    new org.eclipse.lsp4j.DidChangeConfigurationParams(JsonParser.parseString(
                            "{\"awsAssumeRole\": {\"warningMinutes\": 7, \"defaultDurationSeconds\": 10}}")));
            ServerProcess.await(server.server.sessions(new JsonObject()));

            waitForLog(server, "Expiry warning 7 min");
            assertThat(server.client.logText()).contains("defaultDurationSeconds", "900");
        }
    }

    static void waitForLog(ServerProcess server, String text) throws InterruptedException {
        long deadline = System.nanoTime() + ServerProcess.TIMEOUT.toNanos();
        while (!server.client.logText().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No log line with '" + text + "' in:\n" + server.client.logText());
            }
            Thread.sleep(Duration.ofMillis(50).toMillis());
        }
    }

    /** Decoding helper shared with the secrets test. */
    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
