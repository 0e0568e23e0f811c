package dev.assumerole.credentials;

/**
 * A request to assume the role of one profile.
 *
 * @param tokenCode the six-digit MFA code, or null when none was entered
 * @param durationSeconds the session length asked for, or null for the profile's {@code duration_seconds},
 *     then the configured default
 */
public record RoleRequest(String profile, String tokenCode, Integer durationSeconds) {

    @Override
    public String toString() {
        return "RoleRequest[profile=" + profile + ", tokenCode=" + (tokenCode == null ? "none" : "<redacted>")
                + ", durationSeconds=" + durationSeconds + "]";
    }
}
