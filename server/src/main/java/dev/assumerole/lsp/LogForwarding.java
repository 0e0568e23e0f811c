package dev.assumerole.lsp;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes java.util.logging to the client. The root logger loses its console handler, so nothing is logged
 * to stderr, and gets the {@link ClientLogHandler}. The {@code logLevel} setting applies to this project's loggers;
 * the libraries' loggers stay at INFO or stricter, so that their debug output, which may quote messages, is
 * never forwarded.
 */
public final class LogForwarding {
    /** The level until the client sets {@code logLevel}. */
    public static final Level DEFAULT_LEVEL = Level.INFO;

    private static final String PROJECT_LOGGER = "dev.assumerole";

    private final ClientLogHandler handler;
    /** Held here because the log manager keeps only weak references to loggers and would forget their levels. */
    private final Logger projectLogger = Logger.getLogger(PROJECT_LOGGER);
    private final Logger rootLogger = Logger.getLogger("");

    private LogForwarding(ClientLogHandler handler) {
        this.handler = handler;
    }

    /** Replaces the root logger's handlers with a new {@link ClientLogHandler}. */
    public static LogForwarding install() {
        LogForwarding forwarding = new LogForwarding(new ClientLogHandler());
        for (Handler existing : forwarding.rootLogger.getHandlers()) {
            forwarding.rootLogger.removeHandler(existing);
        }
        forwarding.rootLogger.addHandler(forwarding.handler);
        forwarding.level(DEFAULT_LEVEL);
        return forwarding;
    }

    public ClientLogHandler handler() {
        return handler;
    }

    /** Sets the level of this project's loggers and of the forwarding. */
    public void level(Level level) {
        handler.setLevel(level);
        projectLogger.setLevel(level);
        rootLogger.setLevel(level.intValue() < Level.INFO.intValue() ? Level.INFO : level);
    }

    public Level level() {
        return handler.getLevel();
    }
}
