package dev.assumerole.config;

/** A chain that cannot be resolved; the message names the profiles involved and the fix. */
public class ChainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The reason resolution failed. */
    public enum Reason {
        PROFILE_NOT_FOUND,
        /** A file was rejected, or the chain is broken: a cycle, a missing source, conflicting keys. */
        CONFIG_ERROR,
        /** The profile is well formed but not a role, such as a profile with static keys only. */
        NOT_A_ROLE,
        NOT_SUPPORTED
    }

    private final Reason reason;
    private final String profile;

    public ChainException(Reason reason, String profile, String message) {
        super(message);
        this.reason = reason;
        this.profile = profile;
    }

    public Reason reason() {
        return reason;
    }

    public String profile() {
        return profile;
    }
}
