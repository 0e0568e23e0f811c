package dev.assumerole.credentials;

import java.time.Instant;

/**
 * An assumed role session: what STS returned for the last hop of a profile's chain.
 *
 * @param roleArn the role of the profile's {@code role_arn}
 * @param assumedRoleArn the session's own ARN, {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}
 * @param region the profile's region, or null when it has none
 */
public record RoleSession(String profile, String roleArn, String assumedRoleArn, String accountId,
        String sessionName, String region, Instant expiration, TemporaryCredentials credentials) {

    @Override
    public String toString() {
        return "RoleSession[profile=" + profile + ", assumedRoleArn=" + assumedRoleArn + ", expiration="
                + expiration + ", credentials=" + credentials + "]";
    }
}
