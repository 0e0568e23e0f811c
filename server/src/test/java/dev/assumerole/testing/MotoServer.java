package dev.assumerole.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts {@code moto_server} on 127.0.0.1 and a free port for a test class, with its request recorder on, and
 * stops it by its process handle afterwards. Register with {@code @ExtendWith(MotoServer.class)} and take a
 * {@code MotoServer} parameter. Without {@code moto_server} on PATH the tests are skipped, unless {@code CI=true},
 * where they fail.
 */
public final class MotoServer implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MotoServer.class);

    private Process process;
    private int port;
    private Path recording;
    private Path log;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Optional<Path> executable = findOnPath("moto_server");
        if (executable.isEmpty()) {
            String reason = "moto_server is not on PATH; install moto[server] 5 to run the STS integration tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(reason + " (CI=true, so this is a failure)");
            }
            assumeTrue(false, reason);
        }
        port = freePort();
        Path folder = Files.createTempDirectory("moto-");
        recording = folder.resolve("recording.jsonl");
        log = folder.resolve("moto.log");
        ProcessBuilder builder = new ProcessBuilder(executable.get().toString(), "-H", "127.0.0.1", "-p",
                String.valueOf(port));
        builder.environment().put("MOTO_ENABLE_RECORDING", "True");
        builder.environment().put("MOTO_RECORDER_FILEPATH", recording.toString());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        process = builder.start();
        waitUntilAnswering();
        context.getStore(NAMESPACE).put("server", this);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MotoServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return this;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Returns the bodies of the requests moto recorded so far, URL-decoded, oldest first. */
    public List<String> recordedBodies() throws IOException {
        List<String> bodies = new ArrayList<>();
        if (!Files.exists(recording)) {
            return bodies;
        }
        for (String line : Files.readAllLines(recording, StandardCharsets.UTF_8)) {
            com.google.gson.JsonObject entry = com.google.gson.JsonParser.parseString(line).getAsJsonObject();
            String body = entry.has("body") && !entry.get("body").isJsonNull() ? entry.get("body").getAsString() : "";
            boolean encoded = entry.has("body_encoded") && entry.get("body_encoded").getAsBoolean();
            String text = encoded ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
            bodies.add(java.net.URLDecoder.decode(text, StandardCharsets.UTF_8));
        }
        return bodies;
    }

    private void waitUntilAnswering() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        int connectionFailures = 0;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("moto_server exited at start: " + Files.readString(log));
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) endpoint().resolve("/moto-api/").toURL()
                        .openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(1000);
                if (connection.getResponseCode() > 0) {
                    connection.disconnect();
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet: poll again until the deadline.
                connectionFailures++;
            }
            Thread.sleep(50);
        }
        fail("moto_server did not answer on port " + port + " within " + START_TIMEOUT.toSeconds() + " s ("
                + connectionFailures + " attempts)");
    }

    /** Finds an executable on PATH, as the shell would. */
    public static Optional<Path> findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
