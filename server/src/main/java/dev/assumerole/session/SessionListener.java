package dev.assumerole.session;

import dev.assumerole.credentials.RoleSession;
import java.time.Duration;

/** Receives the events of the active sessions. Called on the session timer thread; must not block. */
public interface SessionListener {

    /** The session reaches its warning time: it expires after {@code timeLeft}. */
    void sessionExpiring(RoleSession session, Duration timeLeft);

    /** The session of {@code profile} is gone, for the given reason. Not sent when a new session replaces it. */
    void sessionEnded(String profile, EndReason reason);

    /** A listener that ignores every event. */
    SessionListener NONE = new SessionListener() {
        @Override
        public void sessionExpiring(RoleSession session, Duration timeLeft) {
        }

        @Override
        public void sessionEnded(String profile, EndReason reason) {
        }
    };
}
