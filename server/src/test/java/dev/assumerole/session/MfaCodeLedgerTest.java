package dev.assumerole.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MfaCodeLedgerTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-04T12:00:00Z"));
    private final MfaCodeLedger ledger = new MfaCodeLedger(clock);

    @Test
    void secondRecordOfSameCodeFails() {
        assertThat(ledger.record("device", "123456")).isTrue();
        assertThat(ledger.record("device", "123456")).isFalse();
    }

    @Test
    void sameCodeOnOtherDeviceIsAccepted() {
        ledger.record("device-a", "123456");

        assertThat(ledger.record("device-b", "123456")).isTrue();
    }

    @Test
    void codeIsKeptForRetentionThenForgotten() {
        ledger.record("device", "123456");

        clock.advance(MfaCodeLedger.RETENTION.minusSeconds(1));
        assertThat(ledger.record("device", "123456")).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(ledger.record("device", "123456")).isTrue();
    }

    @Test
    void releasedCodeMayBeRecordedAgain() {
        ledger.record("device", "123456");

        ledger.release("device", "123456");

        assertThat(ledger.record("device", "123456")).isTrue();
    }
}
