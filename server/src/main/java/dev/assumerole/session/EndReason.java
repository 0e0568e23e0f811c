package dev.assumerole.session;

/** Why a session ended, sent as {@code reason} in {@code aws/sessionEnded}. */
public enum EndReason {
    /** Its credentials reached their expiration. */
    EXPIRED("expired"),
    /** The user ended it. */
    ENDED("ended");

    private final String wireName;

    EndReason(String wireName) {
        this.wireName = wireName;
    }

    /** The name sent over JSON-RPC. */
    public String wireName() {
        return wireName;
    }
}
