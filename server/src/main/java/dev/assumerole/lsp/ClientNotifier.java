package dev.assumerole.lsp;

import dev.assumerole.credentials.RoleSession;
import dev.assumerole.lsp.Protocol.Empty;
import dev.assumerole.lsp.Protocol.SessionEndedParams;
import dev.assumerole.lsp.Protocol.SessionExpiringParams;
import dev.assumerole.lsp.Protocol.SessionInfo;
import dev.assumerole.session.EndReason;
import dev.assumerole.session.SessionListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.logging.Logger;

/** Sends the session and profile events to the client as {@code aws/*} notifications. */
@Singleton
public class ClientNotifier implements SessionListener {
    private static final Logger LOG = Logger.getLogger(ClientNotifier.class.getName());

    private final ClientProxyHolder clients;

    @Inject
    public ClientNotifier(ClientProxyHolder clients) {
        this.clients = clients;
    }

    @Override
    public void sessionExpiring(RoleSession session, Duration timeLeft) {
        long secondsLeft = Math.max(0, timeLeft.toSeconds());
        clients.client().ifPresentOrElse(
                client -> client.sessionExpiring(new SessionExpiringParams(SessionInfo.of(session), secondsLeft)),
                () -> LOG.warning("No client connected for aws/sessionExpiring of profile " + session.profile()));
    }

    @Override
    public void sessionEnded(String profile, EndReason reason) {
        clients.client().ifPresentOrElse(
                client -> client.sessionEnded(new SessionEndedParams(profile, reason.wireName())),
                () -> LOG.warning("No client connected for aws/sessionEnded of profile " + profile));
    }

    /** Sends {@code aws/profilesChanged}. */
    public void profilesChanged() {
        clients.client().ifPresent(client -> client.profilesChanged(new Empty()));
    }
}
