package dev.assumerole.cli;

import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Java logging for the command line: silent by default, and with {@code --verbose} one line per decision of
 * this tool on stderr. The core logs no secret, so what reaches stderr contains none either.
 */
final class ConsoleLogging {
    /** Held here because Java logging keeps only weak references to loggers and would lose the handler. */
    private static final Logger OWN_LOGGERS = Logger.getLogger("dev.assumerole");

    private ConsoleLogging() {
    }

    static void configure(boolean verbose, PrintStream stderr) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.OFF);
        if (!verbose) {
            return;
        }
        Handler handler = new StreamHandler(stderr, new OneLineFormatter()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        handler.setLevel(Level.FINE);
        OWN_LOGGERS.setLevel(Level.FINE);
        OWN_LOGGERS.setUseParentHandlers(false);
        OWN_LOGGERS.addHandler(handler);
    }

    private static final class OneLineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            return "[" + levelName(record.getLevel()) + "] " + formatMessage(record) + System.lineSeparator();
        }
    }

    /** Names a Java logging level in the words of other command line tools: debug, info, warning, error. */
    static String levelName(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "error";
        }
        if (value >= Level.WARNING.intValue()) {
            return "warning";
        }
        if (value >= Level.INFO.intValue()) {
            return "info";
        }
        if (value >= Level.FINE.intValue()) {
            return "debug";
        }
        return "trace";
    }
}
