package dev.assumerole.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assumerole.testing.TestCore;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CredentialProcessOutputTest {

    @Test
    void largeErrorOutputDoesNotBlockTheCommand() {
        CredentialProcessRunner runner = new CredentialProcessRunner(Duration.ofSeconds(20), TestCore.CLOCK);
        String command = "sh -c \"head -c 300000 /dev/zero >&2; "
                + "printf '{\\\"Version\\\": 1, \\\"AccessKeyId\\\": \\\"AKID\\\", "
                + "\\\"SecretAccessKey\\\": \\\"S\\\"}'\"";

        TemporaryCredentials credentials = runner.run("user", command, "role");

        assertThat(credentials.accessKeyId()).isEqualTo("AKID");
    }
}
