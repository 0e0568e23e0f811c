package dev.assumerole.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The MFA codes already sent to STS, per MFA device, so that no code is sent twice. STS rejects a reused code
 * with the same error as a wrong one, which would make the user think they mistyped it.
 *
 * <p>Only a salted SHA-256 hash of each code is kept, with a salt drawn once per process, and entries are
 * forgotten after {@link #RETENTION}: a TOTP code is valid for 30 seconds, plus the clock skew STS allows.
 * Thread-safe.
 */
public final class MfaCodeLedger {
    /** How long a sent code stays recorded. */
    public static final Duration RETENTION = Duration.ofMinutes(5);

    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Instant> sentAt = new HashMap<>();

    public MfaCodeLedger(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /**
     * Records that {@code code} is about to be sent for {@code device}.
     *
     * @return false when the same code was recorded for the device within {@link #RETENTION}
     */
    public synchronized boolean record(String device, String code) {
        Instant now = clock.instant();
        forgetEntriesBefore(now.minus(RETENTION));
        return sentAt.putIfAbsent(hash(device, code), now) == null;
    }

    /** Forgets a code that never reached STS, such as one rejected by the local checks. */
    public synchronized void release(String device, String code) {
        sentAt.remove(hash(device, code));
    }

    /** The number of codes recorded now, for tests and the log. */
    public synchronized int size() {
        forgetEntriesBefore(clock.instant().minus(RETENTION));
        return sentAt.size();
    }

    private void forgetEntriesBefore(Instant cutoff) {
        Iterator<Instant> times = sentAt.values().iterator();
        while (times.hasNext()) {
            if (!times.next().isAfter(cutoff)) {
                times.remove();
            }
        }
    }

    private String hash(String device, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(device.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(code.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
