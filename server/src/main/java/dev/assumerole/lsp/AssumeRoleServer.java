package dev.assumerole.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The LSP side of the server: the life cycle and the settings. It offers no document features; the
 * {@code aws/*} requests live in {@link AwsService}.
 */
@Singleton
public class AssumeRoleServer implements LanguageServer {
    static final String NAME = "assume-role-server";

    private static final Logger LOG = Logger.getLogger(AssumeRoleServer.class.getName());

    private final ServerLifecycle lifecycle;
    private final SettingsApplier settings;
    private final ClientProxyHolder clients;
    private final LogForwarding logging;
    private final ParentProcessWatcher parentWatcher;
    private final ProfileFileWatcher fileWatcher;
    private final ServerExit exit;
    private final WorkspaceService workspace = new SettingsWorkspaceService();
    private final TextDocumentService documents = new NoTextDocumentService();

    @Inject
    public AssumeRoleServer(ServerLifecycle lifecycle, SettingsApplier settings, ClientProxyHolder clients,
            LogForwarding logging, ParentProcessWatcher parentWatcher, ProfileFileWatcher fileWatcher,
            ServerExit exit) {
        this.lifecycle = lifecycle;
        this.settings = settings;
        this.clients = clients;
        this.logging = logging;
        this.parentWatcher = parentWatcher;
        this.fileWatcher = fileWatcher;
        this.exit = exit;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (lifecycle.isShutdown()) {
            throw ProtocolErrors.invalidRequest("The server is shutting down; only 'exit' may follow 'shutdown'.");
        }
        if (!lifecycle.initialize()) {
            throw ProtocolErrors.invalidRequest("The server is already initialized; send 'initialize' only once.");
        }
        clients.client().ifPresent(logging.handler()::connect);
        String clientName = params.getClientInfo() == null ? "an unnamed client" : params.getClientInfo().getName();
        LOG.info(() -> "Initialize from " + clientName + ", process " + params.getProcessId());

        settings.apply(ClientSettings.parse(asJson(params.getInitializationOptions())), "initializationOptions");
        if (params.getProcessId() != null) {
            parentWatcher.watch(params.getProcessId());
        }
        // Taking the files' first state before answering means a change made right after the answer is seen.
        fileWatcher.start();
        ServerInfo info = new ServerInfo(NAME, AssumeRoleServer.class.getPackage().getImplementationVersion());
        return CompletableFuture.completedFuture(new InitializeResult(new ServerCapabilities(), info));
    }

    @Override
    public void initialized(InitializedParams params) {
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        if (lifecycle.isShutdown()) {
            throw ProtocolErrors.invalidRequest("The server is already shutting down; send 'exit' next.");
        }
        LOG.info("Shutdown requested");
        lifecycle.shutdown();
        fileWatcher.stop();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        LOG.info(() -> "Exit with code " + lifecycle.exitCode());
        exit.exit(lifecycle.exitCode());
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    /** The options arrive as a Gson tree; anything else (such as from an in-process client) is converted. */
    private static JsonElement asJson(Object options) {
        if (options == null || options instanceof JsonElement) {
            return (JsonElement) options;
        }
        return JsonParser.parseString(new com.google.gson.Gson().toJson(options));
    }

    /** Takes the settings from {@code workspace/didChangeConfiguration}; files are watched by the server. */
    private final class SettingsWorkspaceService implements WorkspaceService {
        @Override
        public void didChangeConfiguration(DidChangeConfigurationParams params) {
            settings.apply(ClientSettings.parseChange(asJson(params.getSettings())), "didChangeConfiguration");
        }

        @Override
        public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        }
    }

    /** The server offers no document features; these notifications are accepted and ignored. */
    private static final class NoTextDocumentService implements TextDocumentService {
        @Override
        public void didOpen(DidOpenTextDocumentParams params) {
        }

        @Override
        public void didChange(DidChangeTextDocumentParams params) {
        }

        @Override
        public void didClose(DidCloseTextDocumentParams params) {
        }

        @Override
        public void didSave(DidSaveTextDocumentParams params) {
        }
    }
}
