package dev.assumerole.credentials;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Runs a {@code credential_process} command without a shell and reads the credentials it prints. The command's
 * standard output is never logged or shown, because it contains the secret key. Of its standard error only a short
 * excerpt of the first line reaches the log, with anything shaped like a key or a token masked.
 */
public class CredentialProcessRunner {
    /** How long the command may run; botocore waits forever, which would hang the editor. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(CredentialProcessRunner.class.getName());
    private static final int MAX_OUTPUT_BYTES = 1 << 20;
    private static final int STDERR_EXCERPT_CHARS = 80;
    /** Access key ids, and runs of 20 or more key or token characters: a secret key has 40, a token hundreds. */
    private static final Pattern SECRET_SHAPED =
            Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b|[A-Za-z0-9/+=_-]{20,}");

    private final Duration timeout;
    private final Clock clock;

    public CredentialProcessRunner(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * Runs the command of {@code source} and returns its credentials; the expiration is null when the command
     * names none.
     */
    public TemporaryCredentials run(String source, String commandLine, String profile) {
        List<String> command;
        try {
            command = CommandLineSplitter.split(commandLine);
        } catch (IllegalArgumentException unbalanced) {
            throw new AssumeRoleException(ErrorKind.CONFIG_ERROR, profile,
                    Messages.processCommandInvalid(source, unbalanced.getMessage()));
        }
        if (command.isEmpty()) {
            throw new AssumeRoleException(ErrorKind.CONFIG_ERROR, profile, Messages.processEmpty(source));
        }
        LOG.fine(() -> "Profile " + source + ": running credential_process " + command.get(0));

        Process process;
        try {
            process = ProcessTrees.startStoppedOnExit(new ProcessBuilder(command));
        } catch (IOException | SecurityException notStarted) {
            throw failure(profile, Messages.processNotStarted(source, command.get(0)));
        }
        try {
            process.getOutputStream().close();
            long deadline = System.nanoTime() + timeout.toNanos();
            CompletableFuture<byte[]> stdout = readAsync(process.getInputStream());
            CompletableFuture<byte[]> stderr = readAsync(process.getErrorStream());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTrees.kill(process);
                throw failure(profile, Messages.processTimedOut(source, timeout.toSeconds()));
            }
            if (process.exitValue() != 0) {
                stderrBefore(stderr, deadline).ifPresent(text -> logStderrExcerpt(source, text));
                throw failure(profile, Messages.processFailed(source, process.exitValue()));
            }
            byte[] output = await(stdout, deadline, process, source, profile);
            return parse(source, profile, new String(output, StandardCharsets.UTF_8));
        } catch (InterruptedException interrupted) {
            ProcessTrees.kill(process);
            Thread.currentThread().interrupt();
            throw failure(profile, Messages.processTimedOut(source, 0));
        } catch (IOException closing) {
            ProcessTrees.kill(process);
            throw failure(profile, Messages.processNotStarted(source, command.get(0)));
        } finally {
            ProcessTrees.done(process);
        }
    }

    /**
     * Waits for a reader until the deadline. A process that started a child in the background can exit while
     * the child keeps the pipe open, so the reader may never reach the end by itself.
     */
    private byte[] await(CompletableFuture<byte[]> reader, long deadline, Process process, String source,
            String profile) throws InterruptedException {
        long remaining = Math.max(0, deadline - System.nanoTime());
        try {
            return reader.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException stillOpen) {
            ProcessTrees.kill(process);
            throw failure(profile, Messages.processTimedOut(source, timeout.toSeconds()));
        } catch (ExecutionException impossible) {
            throw new IllegalStateException("The output reader failed", impossible.getCause());
        }
    }

    /** Returns the error output, or empty when a child of the command still keeps the pipe open at the deadline. */
    private static Optional<byte[]> stderrBefore(CompletableFuture<byte[]> reader, long deadline)
            throws InterruptedException {
        try {
            return Optional.of(reader.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (TimeoutException | ExecutionException unavailable) {
            LOG.fine("The error output of the credential_process was not closed in time; it is not shown");
            return Optional.empty();
        }
    }

    private TemporaryCredentials parse(String source, String profile, String output) {
        JsonObject json;
        try {
            JsonElement parsed = JsonParser.parseString(output);
            if (!parsed.isJsonObject()) {
                throw failure(profile, Messages.processBadOutput(source, "not a JSON object"));
            }
            json = parsed.getAsJsonObject();
        } catch (JsonParseException notJson) {
            throw failure(profile, Messages.processBadOutput(source, "not JSON"));
        }

        String version = text(json, "Version");
        if (!"1".equals(version)) {
            throw failure(profile, Messages.processBadOutput(source, "Version is not 1"));
        }
        String accessKeyId = text(json, "AccessKeyId");
        String secretAccessKey = text(json, "SecretAccessKey");
        if (accessKeyId == null || secretAccessKey == null) {
            throw failure(profile, Messages.processBadOutput(source, "AccessKeyId or SecretAccessKey is missing"));
        }

        Instant expiration = null;
        String expirationText = text(json, "Expiration");
        if (expirationText != null) {
            try {
                expiration = Instant.parse(expirationText);
            } catch (DateTimeParseException notIso) {
                throw failure(profile, Messages.processBadOutput(source, "Expiration is not an ISO-8601 time"));
            }
            if (!expiration.isAfter(clock.instant())) {
                throw new AssumeRoleException(ErrorKind.SOURCE_CREDENTIALS_INVALID, profile,
                        Messages.processCredentialsExpired(source));
            }
        }
        LOG.fine(() -> "Profile " + source + ": credential_process returned access key "
                + TemporaryCredentials.mask(accessKeyId));
        return new TemporaryCredentials(accessKeyId, secretAccessKey, text(json, "SessionToken"), expiration);
    }

    private static String text(JsonObject json, String member) {
        JsonElement value = json.get(member);
        if (value == null || value.isJsonNull() || !value.isJsonPrimitive()) {
            return null;
        }
        String text = value.getAsString();
        return text.isEmpty() ? null : text;
    }

    private static void logStderrExcerpt(String source, byte[] stderr) {
        String excerpt = stderrExcerpt(stderr);
        LOG.info(() -> "Profile " + source + ": credential_process failed; its error output begins: " + excerpt);
    }

    /** Returns the start of the first line of {@code stderr}, with secret-shaped words replaced by a mask. */
    static String stderrExcerpt(byte[] stderr) {
        String text = new String(stderr, StandardCharsets.UTF_8).strip();
        int newline = text.indexOf('\n');
        String firstLine = newline < 0 ? text : text.substring(0, newline).strip();
        String masked = SECRET_SHAPED.matcher(firstLine).replaceAll("<masked>");
        return masked.length() > STDERR_EXCERPT_CHARS ? masked.substring(0, STDERR_EXCERPT_CHARS) + "..." : masked;
    }

    /**
     * Reads a stream to its end on a thread of its own. The common fork-join pool is not used: with one core
     * it runs one task at a time, so a command that fills its stderr pipe would wait for a stdout reader
     * that waits for the command.
     */
    private static CompletableFuture<byte[]> readAsync(InputStream stream) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> result.complete(readCapped(stream)), "credential-process-reader");
        reader.setDaemon(true);
        reader.start();
        return result;
    }

    private static byte[] readCapped(InputStream stream) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try (stream) {
            int read;
            while ((read = stream.read(chunk)) >= 0) {
                if (buffer.size() < MAX_OUTPUT_BYTES) {
                    buffer.write(chunk, 0, Math.min(read, MAX_OUTPUT_BYTES - buffer.size()));
                }
            }
        } catch (IOException closed) {
            // The process was stopped; what was read so far is all there is.
            LOG.finest("credential_process output closed early");
        }
        return buffer.toByteArray();
    }

    private static AssumeRoleException failure(String profile, String message) {
        return new AssumeRoleException(ErrorKind.SOURCE_CREDENTIALS_INVALID, profile, message);
    }
}
