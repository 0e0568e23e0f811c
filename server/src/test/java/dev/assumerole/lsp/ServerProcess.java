package dev.assumerole.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ClientInfo;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;

/**
 * The server jar in a subprocess with a clean environment, driven over its pipes by an LSP4J client. Everything
 * the server writes to stdout and stderr is kept for inspection.
 */
public final class ServerProcess implements AutoCloseable {
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    final Process process;
    final TestServer server;
    final RecordingClient client = new RecordingClient();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private ServerProcess(Process process, boolean connect) {
        this.process = process;
        copy(process.getErrorStream(), stderr, "server-stderr");
        if (connect) {
            Launcher<TestServer> launcher = new Launcher.Builder<TestServer>()
                    .setLocalService(client)
                    .setRemoteInterface(TestServer.class)
                    .setInput(new TeeInputStream(process.getInputStream(), stdout))
                    .setOutput(process.getOutputStream())
                    .create();
            launcher.startListening();
            server = launcher.getRemoteProxy();
        } else {
            server = null;
        }
    }

    /** The jar built by {@code package}; failsafe passes its path. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("serverJar", "target/assume-role-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the jar first with 'mvn package': " + jar.toAbsolutePath());
        }
        return jar;
    }

    /** Starts the server and connects an LSP4J client to it. */
    public static ServerProcess start(Path home, Map<String, String> environment) throws IOException {
        return new ServerProcess(launch(home, environment), true);
    }

    /** Starts the server without a client, for tests that write raw bytes to its stdin. */
    public static ServerProcess startRaw(Path home, Map<String, String> environment) throws IOException {
        return new ServerProcess(launch(home, environment), false);
    }

    private static Process launch(Path home, Map<String, String> environment) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar().toString()));
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_CONFIG_FILE", home.resolve("no-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("no-credentials").toString());
        env.putAll(environment);
        return builder.start();
    }

    /** Sends {@code initialize} and {@code initialized}; returns the result as JSON. */
    public JsonObject initialize(JsonObject options, Long processId) throws Exception {
        InitializeParams params = new InitializeParams();
        params.setProcessId(processId == null ? null : processId.intValue());
        params.setClientInfo(new ClientInfo("contract-test"));
        params.setInitializationOptions(options);
        Object result = await(server.initialize(params));
        server.initialized(new InitializedParams());
        return JsonParser.parseString(new com.google.gson.Gson().toJson(result)).getAsJsonObject();
    }

    public JsonObject initialize(JsonObject options) throws Exception {
        return initialize(options, ProcessHandle.current().pid());
    }

    public static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The error a request ended with, as {@code {code, message, data}}; fails when the request succeeded. */
    public static JsonObject errorOf(CompletableFuture<?> future) throws Exception {
        try {
            Object result = future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            throw new AssertionError("Expected an error response, got " + result);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof ResponseErrorException responseError)) {
                throw e;
            }
            ResponseError error = responseError.getResponseError();
            JsonObject json = new JsonObject();
            json.addProperty("code", error.getCode());
            json.addProperty("message", error.getMessage());
            Object data = error.getData();
            json.add("data", data instanceof JsonElement element ? element
                    : JsonParser.parseString(new com.google.gson.Gson().toJson(data)));
            return json;
        }
    }

    public int awaitExit() throws InterruptedException, TimeoutException {
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new TimeoutException("The server did not exit within " + TIMEOUT);
        }
        return process.exitValue();
    }

    public synchronized String stderr() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    public byte[] stdoutBytes() {
        synchronized (stdout) {
            return stdout.toByteArray();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** The environment for a server with these profile files and STS endpoint. */
    public static Map<String, String> environment(Path config, Path credentials, String stsEndpoint) {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_CONFIG_FILE", config.toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
        if (stsEndpoint != null) {
            env.put("AWS_ENDPOINT_URL_STS", stsEndpoint);
        }
        return env;
    }

    private static void copy(InputStream from, ByteArrayOutputStream to, String name) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                int read;
                while ((read = from.read(buffer)) >= 0) {
                    synchronized (to) {
                        to.write(buffer, 0, read);
                    }
                }
            } catch (IOException e) {
                // The process ended.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Copies every byte read into a buffer. */
    private static final class TeeInputStream extends FilterInputStream {
        private final ByteArrayOutputStream copy;

        TeeInputStream(InputStream in, ByteArrayOutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                synchronized (copy) {
                    copy.write(value);
                }
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                synchronized (copy) {
                    copy.write(buffer, offset, read);
                }
            }
            return read;
        }
    }
}
