package dev.assumerole.lsp;

import dev.assumerole.lsp.Protocol.Empty;
import dev.assumerole.lsp.Protocol.SessionEndedParams;
import dev.assumerole.lsp.Protocol.SessionExpiringParams;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** The editor as the server sees it: the LSP client plus the {@code aws/*} notifications. */
public interface AwsClient extends LanguageClient {

    @JsonNotification("aws/sessionExpiring")
    void sessionExpiring(SessionExpiringParams params);

    @JsonNotification("aws/sessionEnded")
    void sessionEnded(SessionEndedParams params);

    @JsonNotification("aws/profilesChanged")
    void profilesChanged(Empty params);
}
