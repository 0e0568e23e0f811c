package dev.assumerole.credentials;

import java.time.Instant;

/** The credentials STS returned for a role session. {@link #toString()} shows no secret. */
public record TemporaryCredentials(String accessKeyId, String secretAccessKey, String sessionToken,
        Instant expiration) {

    /** The access key id as logs may show it: its last four characters only. */
    public String maskedAccessKeyId() {
        return mask(accessKeyId);
    }

    /** Masks an access key id to {@code ****} followed by its last four characters. */
    public static String mask(String accessKeyId) {
        if (accessKeyId == null || accessKeyId.length() <= 4) {
            return "****";
        }
        return "****" + accessKeyId.substring(accessKeyId.length() - 4);
    }

    @Override
    public String toString() {
        return "TemporaryCredentials[accessKeyId=" + maskedAccessKeyId() + ", expiration=" + expiration + "]";
    }
}
