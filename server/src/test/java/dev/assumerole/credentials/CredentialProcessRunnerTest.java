package dev.assumerole.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assumerole.testing.Processes;
import dev.assumerole.testing.TestCore;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Running credential_process commands without a shell, with a timeout, and keeping their output private. */
class CredentialProcessRunnerTest {
    private final CredentialProcessRunner runner = new CredentialProcessRunner(Duration.ofSeconds(10), TestCore.CLOCK);

    private static String printing(String json) {
        return "printf '" + json + "'";
    }

    @Test
    void readsVersionOneCredentials() {
        TemporaryCredentials credentials = runner.run("user", printing("{\"Version\": 1, \"AccessKeyId\": \"AKID\", "
                + "\"SecretAccessKey\": \"SECRET\", \"SessionToken\": \"TOKEN\", "
                + "\"Expiration\": \"2030-01-01T00:00:00Z\"}"), "role");

        assertThat(credentials.accessKeyId()).isEqualTo("AKID");
        assertThat(credentials.secretAccessKey()).isEqualTo("SECRET");
        assertThat(credentials.sessionToken()).isEqualTo("TOKEN");
        assertThat(credentials.expiration()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    void rejectsOtherVersions() {
        assertThatThrownBy(() -> runner.run("user", printing("{\"Version\": 2, \"AccessKeyId\": \"A\", "
                + "\"SecretAccessKey\": \"S\"}"), "role"))
                .hasMessageContaining("Version is not 1");
    }

    @Test
    void rejectsMissingSecret() {
        assertThatThrownBy(() -> runner.run("user", printing("{\"Version\": 1, \"AccessKeyId\": \"A\"}"), "role"))
                .hasMessageContaining("SecretAccessKey is missing");
    }

    @Test
    void rejectsExpiredCredentials() {
        assertThatThrownBy(() -> runner.run("user", printing("{\"Version\": 1, \"AccessKeyId\": \"A\", "
                + "\"SecretAccessKey\": \"S\", \"Expiration\": \"2020-01-01T00:00:00Z\"}"), "role"))
                .isInstanceOfSatisfying(AssumeRoleException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ErrorKind.SOURCE_CREDENTIALS_INVALID))
                .hasMessageContaining("already expired");
    }

    @Test
    void stopsCommandAfterTimeout() {
        CredentialProcessRunner quick = new CredentialProcessRunner(Duration.ofMillis(300), TestCore.CLOCK);

        assertThatThrownBy(() -> quick.run("slow", "sleep 30", "role"))
                .hasMessageContaining("'slow'").hasMessageContaining("did not finish");
    }

    @Test
    void timeoutStopsTheWholeProcessTree(@TempDir Path folder) throws Exception {
        Path pidFile = folder.resolve("child.pid");
        Path script = folder.resolve("hang.sh");
        Files.writeString(script, "#!/bin/sh\nsleep 600 &\necho $! > " + pidFile + "\nwait\n");
        script.toFile().setExecutable(true);
        CredentialProcessRunner quick = new CredentialProcessRunner(Duration.ofSeconds(1), TestCore.CLOCK);

        assertThatThrownBy(() -> quick.run("hang", script.toString(), "role"))
                .hasMessageContaining("'hang'").hasMessageContaining("did not finish within 1 s");

        long childPid = Long.parseLong(Files.readString(pidFile).trim());
        assertThat(Processes.waitUntilStopped(childPid, Duration.ofSeconds(10)))
                .as("the sleep started by the script is stopped").isTrue();
    }

    @Test
    @Timeout(30)
    void exitWithChildStillRunningIsReported(@TempDir Path folder) throws Exception {
        Path pidFile = folder.resolve("child.pid");
        CredentialProcessRunner quick = new CredentialProcessRunner(Duration.ofSeconds(1), TestCore.CLOCK);

        try {
            assertThatThrownBy(() -> quick.run("detached", "sh -c \"sleep 600 & echo $! > " + pidFile
                    + "; exit 3\"", "role"))
                    .hasMessageContaining("'detached'").hasMessageContaining("exit code 3");
        } finally {
            // The sleep left the script's process tree when the script exited, so the runner cannot find it.
            long childPid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(childPid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void missingProgramIsNamed() {
        assertThatThrownBy(() -> runner.run("user", "/no/such/program --flag", "role"))
                .hasMessageContaining("/no/such/program").hasMessageContaining("could not be started");
    }

    @Test
    void unbalancedQuoteIsAConfigError() {
        assertThatThrownBy(() -> runner.run("user", "printf '{", "role"))
                .isInstanceOfSatisfying(AssumeRoleException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ErrorKind.CONFIG_ERROR));
    }

    @Test
    void logsOnlyShortFirstLineOfErrorOutput() {
        Logger logger = Logger.getLogger(CredentialProcessRunner.class.getName());
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Handler handler = new StreamHandler(log, new SimpleFormatter());
        handler.setLevel(Level.ALL);
        Level previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
        // Short words, because a run of 20 or more key characters would be masked instead.
        String longLine = "ab ".repeat(70).strip();
        try {
            assertThatThrownBy(() -> runner.run("user", "sh -c \"echo " + longLine
                    + " >&2; echo SECOND-LINE-SECRET >&2; echo STDOUT-SECRET; exit 4\"", "role"))
                    .hasMessageContaining("exit code 4")
                    .hasMessageNotContaining("STDOUT-SECRET");
        } finally {
            handler.flush();
            logger.removeHandler(handler);
            logger.setLevel(previous);
        }
        assertThat(log.toString()).contains(longLine.substring(0, 80) + "...")
                .doesNotContain(longLine.substring(0, 81))
                .doesNotContain("SECOND-LINE-SECRET")
                .doesNotContain("STDOUT-SECRET");
    }

    @Test
    void stderrExcerptMasksKeysAndTokens() {
        byte[] stderr = ("error: AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY expired\nmore")
                .getBytes(StandardCharsets.UTF_8);

        String excerpt = CredentialProcessRunner.stderrExcerpt(stderr);

        assertThat(excerpt).isEqualTo("error: <masked> <masked> expired");
    }

    @Test
    void stderrExcerptKeepsOrdinaryWords() {
        byte[] stderr = "The SSO session has expired; run aws sso login".getBytes(StandardCharsets.UTF_8);

        assertThat(CredentialProcessRunner.stderrExcerpt(stderr))
                .isEqualTo("The SSO session has expired; run aws sso login");
    }
}
