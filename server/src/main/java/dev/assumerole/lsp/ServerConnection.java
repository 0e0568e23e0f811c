package dev.assumerole.lsp;

import dev.assumerole.lsp.LspModule.ProtocolStreams;
import dev.assumerole.session.SessionService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;

/** Connects the services to the protocol streams and serves until the input ends. */
public class ServerConnection {
    private static final Logger LOG = Logger.getLogger(ServerConnection.class.getName());

    private final AssumeRoleServer server;
    private final AwsService aws;
    private final ClientProxyHolder clients;
    private final ClientNotifier notifier;
    private final SessionService sessions;
    private final MessageTracer tracer;
    private final ProtocolStreams streams;
    private final ServerLifecycle lifecycle;

    @Inject
    public ServerConnection(AssumeRoleServer server, AwsService aws, ClientProxyHolder clients,
            ClientNotifier notifier, SessionService sessions, MessageTracer tracer, ProtocolStreams streams,
            ServerLifecycle lifecycle) {
        this.server = server;
        this.aws = aws;
        this.clients = clients;
        this.notifier = notifier;
        this.sessions = sessions;
        this.tracer = tracer;
        this.streams = streams;
        this.lifecycle = lifecycle;
    }

    /** Serves until the client closes the input stream; returns the exit code the life cycle calls for. */
    public int run() {
        Launcher<AwsClient> launcher = new Launcher.Builder<AwsClient>()
                .setLocalServices(List.of(server, aws))
                .setRemoteInterface(AwsClient.class)
                .setClassLoader(AwsClient.class.getClassLoader())
                .setInput(streams.in())
                .setOutput(streams.out())
                .setExecutorService(Executors.newCachedThreadPool(runnable -> {
                    Thread thread = new Thread(runnable, "lsp-messages");
                    thread.setDaemon(true);
                    return thread;
                }))
                .setExceptionHandler(new SanitizingExceptionHandler())
                .wrapMessages(tracer)
                .create();
        clients.connect(launcher.getRemoteProxy());
        sessions.listener(notifier);
        try {
            launcher.startListening().get();
        } catch (ExecutionException e) {
            LOG.warning(() -> "The message stream failed with " + e.getCause().getClass().getName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("The client closed the input stream");
        return lifecycle.exitCode();
    }
}
