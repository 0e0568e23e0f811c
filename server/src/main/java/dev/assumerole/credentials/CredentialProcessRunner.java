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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs a {@code credential_process} command without a shell and reads the credentials it prints. The command's
 * standard output is never logged or shown, because it contains the secret key. Of its standard error only a short
 * excerpt of the first line reaches the log.
 */
public class CredentialProcessRunner {
    /** How long the command may run; botocore waits forever, which would hang the editor. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(CredentialProcessRunner.class.getName());
    private static final int MAX_OUTPUT_BYTES = 1 << 20;
    private static final int STDERR_EXCERPT_CHARS = 80;

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
            process = new ProcessBuilder(command).start();
        } catch (IOException | SecurityException notStarted) {
            throw failure(profile, Messages.processNotStarted(source, command.get(0)));
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<byte[]> stdout = readAsync(process.getInputStream());
            CompletableFuture<byte[]> stderr = readAsync(process.getErrorStream());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw failure(profile, Messages.processTimedOut(source, timeout.toSeconds()));
            }
            if (process.exitValue() != 0) {
                logStderrExcerpt(source, stderr.join());
                throw failure(profile, Messages.processFailed(source, process.exitValue()));
            }
            return parse(source, profile, new String(stdout.join(), StandardCharsets.UTF_8));
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw failure(profile, Messages.processTimedOut(source, 0));
        } catch (IOException closing) {
            process.destroyForcibly();
            throw failure(profile, Messages.processNotStarted(source, command.get(0)));
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
        String text = new String(stderr, StandardCharsets.UTF_8).strip();
        int newline = text.indexOf('\n');
        String firstLine = newline < 0 ? text : text.substring(0, newline).strip();
        String excerpt = firstLine.length() > STDERR_EXCERPT_CHARS
                ? firstLine.substring(0, STDERR_EXCERPT_CHARS) + "..." : firstLine;
        LOG.info(() -> "Profile " + source + ": credential_process failed; its error output begins: " + excerpt);
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
