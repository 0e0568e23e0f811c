package dev.assumerole.lsp;

import dev.assumerole.credentials.AssumeRoleException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Forwards java.util.logging records to the client as {@code window/logMessage}: SEVERE as Error, WARNING as
 * Warning, INFO as Info, and the finer levels as Log. Records published before the client connects wait in a
 * buffer of {@value #BUFFER_SIZE} records; the oldest are dropped beyond that, and their count is reported.
 *
 * <p>An exception attached to a record shows its class and stack frames but not its message, since a library's
 * message could quote a request. {@link AssumeRoleException} messages are the exception: they are written for
 * the user and hold no secret. For the same reason a library's own message is cut at its first quote: LSP4J
 * quotes the raw input it could not read, which may hold an MFA code.
 */
public final class ClientLogHandler extends Handler {
    static final int BUFFER_SIZE = 500;
    private static final int MAX_FRAMES = 12;
    private static final String PROJECT_PACKAGE = "dev.assumerole.";

    private final Formatter messageFormatter = new SimpleFormatter();
    private final Deque<MessageParams> buffer = new ArrayDeque<>();
    private final ThreadLocal<Boolean> sending = ThreadLocal.withInitial(() -> false);
    private LanguageClient client;
    private int dropped;

    /** Sends the buffered records, then forwards each new one as it is published. */
    public void connect(LanguageClient languageClient) {
        synchronized (this) {
            client = languageClient;
            if (dropped > 0) {
                buffer.addFirst(new MessageParams(MessageType.Warning,
                        dropped + " earlier log records were dropped before the client connected."));
                dropped = 0;
            }
        }
        while (true) {
            MessageParams next;
            synchronized (this) {
                next = buffer.pollFirst();
            }
            if (next == null) {
                return;
            }
            send(languageClient, next);
        }
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record) || sending.get()) {
            return;
        }
        MessageParams message = new MessageParams(typeOf(record.getLevel()), format(record));
        LanguageClient connected;
        synchronized (this) {
            connected = client;
            if (connected == null) {
                if (buffer.size() == BUFFER_SIZE) {
                    buffer.removeFirst();
                    dropped++;
                }
                buffer.addLast(message);
                return;
            }
        }
        send(connected, message);
    }

    private void send(LanguageClient connected, MessageParams message) {
        sending.set(true);
        try {
            connected.logMessage(message);
        } catch (RuntimeException e) {
            // The connection is gone; nothing else can carry the record.
        } finally {
            sending.set(false);
        }
    }

    private String format(LogRecord record) {
        StringBuilder text = new StringBuilder();
        text.append('[').append(shortName(record.getLoggerName())).append("] ")
                .append(withoutQuotedInput(record.getLoggerName(), messageFormatter.formatMessage(record)));
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            text.append(System.lineSeparator()).append(thrown.getClass().getName());
            if (thrown instanceof AssumeRoleException) {
                text.append(": ").append(thrown.getMessage());
            }
            StackTraceElement[] frames = thrown.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
                text.append(System.lineSeparator()).append("\tat ").append(frames[i]);
            }
        }
        return text.toString();
    }

    static String withoutQuotedInput(String loggerName, String message) {
        if (loggerName != null && loggerName.startsWith(PROJECT_PACKAGE)) {
            return message;
        }
        int quote = firstQuote(message);
        return quote < 0 ? message : message.substring(0, quote) + "<quoted input left out>";
    }

    private static int firstQuote(String message) {
        int doubleQuote = message.indexOf('"');
        int singleQuote = message.indexOf('\'');
        if (doubleQuote < 0 || singleQuote < 0) {
            return Math.max(doubleQuote, singleQuote);
        }
        return Math.min(doubleQuote, singleQuote);
    }

    private static String shortName(String loggerName) {
        if (loggerName == null) {
            return "root";
        }
        return loggerName.substring(loggerName.lastIndexOf('.') + 1);
    }

    static MessageType typeOf(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return MessageType.Error;
        }
        if (value >= Level.WARNING.intValue()) {
            return MessageType.Warning;
        }
        if (value >= Level.INFO.intValue()) {
            return MessageType.Info;
        }
        return MessageType.Log;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
