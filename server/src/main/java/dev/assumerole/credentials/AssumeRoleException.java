package dev.assumerole.credentials;

/**
 * A failure to assume a role, with a message a person can act on. The message names the profile and the fix,
 * and never holds a secret key, session token or MFA code.
 */
public class AssumeRoleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String profile;
    private final String mfaSerial;

    public AssumeRoleException(ErrorKind kind, String profile, String message) {
        this(kind, profile, message, null, null);
    }

    /**
     * @param mfaSerial the MFA device the chain needs, set for {@link ErrorKind#MFA_CODE_REQUIRED} and
     *     {@link ErrorKind#MFA_CODE_REJECTED}
     * @param cause kept for the log only; its message must hold no secret either
     */
    public AssumeRoleException(ErrorKind kind, String profile, String message, String mfaSerial, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.profile = profile;
        this.mfaSerial = mfaSerial;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The profile the request named, or null when the failure concerns no single profile. */
    public String profile() {
        return profile;
    }

    public String mfaSerial() {
        return mfaSerial;
    }
}
