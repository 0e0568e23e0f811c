package dev.assumerole.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

/**
 * LSP4J's launcher builder with three changes for the server side. Incoming messages are checked by an
 * {@link EnvelopeCheckingJsonHandler}. A standard LSP request that this server does not implement gets the
 * response -32601 method not found, like an unknown method, where LSP4J's interfaces would throw
 * {@link UnsupportedOperationException} and so cause an internal error. Issues with a notification are logged on
 * one line without the parser's stack trace.
 */
final class ServerLauncherBuilder extends Launcher.Builder<AwsClient> {
    private static final Logger LOG = Logger.getLogger(ServerLauncherBuilder.class.getName());
    private static final String LSP4J_SERVICES = "org.eclipse.lsp4j.services.";

    @Override
    protected MessageJsonHandler createJsonHandler() {
        return new EnvelopeCheckingJsonHandler(getSupportedMethods());
    }

    /** Builds the endpoint as LSP4J's builder does, with the local services behind {@link UnimplementedMethods}. */
    @Override
    protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
        MessageConsumer outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
        Endpoint local = new UnimplementedMethods(ServiceEndpoints.toEndpoint(localServices));
        RemoteEndpoint remoteEndpoint = new OneLineIssuesEndpoint(outgoing, local, exceptionHandler);
        jsonHandler.setMethodProvider(remoteEndpoint);
        remoteEndpoint.setJsonHandler(jsonHandler);
        return remoteEndpoint;
    }

    /** Whether the exception comes from a default method of an LSP4J service interface, which marks a stub. */
    static boolean isUnimplementedStub(UnsupportedOperationException e) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith(LSP4J_SERVICES);
    }

    /** Treats the stubs of LSP4J's service interfaces as methods that do not exist. */
    private static final class UnimplementedMethods implements Endpoint {
        private final Endpoint services;

        UnimplementedMethods(Endpoint services) {
            this.services = services;
        }

        @Override
        public CompletableFuture<?> request(String method, Object parameter) {
            try {
                return services.request(method, parameter);
            } catch (UnsupportedOperationException e) {
                if (!isUnimplementedStub(e)) {
                    throw e;
                }
                LOG.info(() -> "Answered the request '" + Quoted.cut(method) + "' with method not found, because"
                        + " this server does not implement it");
                return CompletableFuture.failedFuture(ProtocolErrors.methodNotFound(method));
            }
        }

        @Override
        public void notify(String method, Object parameter) {
            try {
                services.notify(method, parameter);
            } catch (UnsupportedOperationException e) {
                if (!isUnimplementedStub(e)) {
                    throw e;
                }
                LOG.info(() -> "Ignored the notification '" + Quoted.cut(method) + "', because this server does"
                        + " not implement it");
            }
        }
    }

    /** Logs each issue as one line without the parser's exception, and responds to a request's issues as LSP4J does. */
    private static final class OneLineIssuesEndpoint extends RemoteEndpoint {
        OneLineIssuesEndpoint(MessageConsumer out, Endpoint localEndpoint,
                Function<Throwable, ResponseError> exceptionHandler) {
            super(out, localEndpoint, exceptionHandler);
        }

        @Override
        protected void handleRequestIssues(RequestMessage request, List<MessageIssue> issues) {
            for (MessageIssue issue : issues) {
                LOG.warning(() -> "Rejected a message (id " + Quoted.cut(String.valueOf(request.getId())) + "): "
                        + issue.getText());
            }
            super.handleRequestIssues(request, issues);
        }

        @Override
        protected void logIssues(Message message, List<MessageIssue> issues) {
            String what = message instanceof NotificationMessage notification
                    ? "the notification '" + Quoted.cut(notification.getMethod()) + "'"
                    : "a " + message.getClass().getSimpleName();
            for (MessageIssue issue : issues) {
                LOG.warning(() -> "Ignored " + what + ": " + issue.getText());
            }
        }
    }
}
