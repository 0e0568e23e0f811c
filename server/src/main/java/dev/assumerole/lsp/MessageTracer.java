package dev.assumerole.lsp;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * Wraps both message streams of the launcher. With tracing on, it prints a redacted copy of every message to
 * stderr. It writes to stderr and not to the log, because the log travels as messages that would be traced in
 * turn. LSP4J's own {@code traceMessages} is never used: it prints payloads verbatim.
 *
 * <p>It also passes every outgoing error response through {@link ErrorResponses}, so that the errors LSP4J
 * raises for unreadable messages carry an {@code ErrorData} and no stack trace.
 */
public final class MessageTracer implements Function<MessageConsumer, MessageConsumer> {
    /** Environment variable that turns tracing on from the start when set to {@code 1} or {@code true}. */
    public static final String TRACE_VARIABLE = "ASSUME_ROLE_TRACE";

    private final PrintStream out;
    private volatile boolean enabled;

    public MessageTracer(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** Whether {@code ASSUME_ROLE_TRACE} or the system property {@code assumeRole.trace} asks for tracing. */
    public static boolean requestedByEnvironment() {
        String value = System.getenv(TRACE_VARIABLE);
        if (value == null) {
            value = System.getProperty("assumeRole.trace");
        }
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }

    public void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    @Override
    public MessageConsumer apply(MessageConsumer next) {
        boolean outgoing = next instanceof StreamMessageConsumer;
        return message -> {
            Message sent = outgoing ? ErrorResponses.sanitize(message) : message;
            if (enabled) {
                trace(outgoing ? "Sending" : "Received", sent);
            }
            next.consume(sent);
        };
    }

    private void trace(String direction, Message message) {
        String json;
        try {
            json = MessageRedactor.redact(message.toString());
        } catch (RuntimeException e) {
            json = "<message that cannot be rendered, left out: " + e.getClass().getSimpleName() + ">";
        }
        String line = "[Trace " + LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + "] " + direction + " "
                + describe(message) + ": " + json;
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    private static String describe(Message message) {
        if (message instanceof RequestMessage request) {
            return "request '" + request.getMethod() + "' (" + request.getId() + ")";
        }
        if (message instanceof NotificationMessage notification) {
            return "notification '" + notification.getMethod() + "'";
        }
        if (message instanceof ResponseMessage response) {
            return (response.getError() == null ? "response" : "error response") + " (" + response.getId() + ")";
        }
        return "message";
    }
}
