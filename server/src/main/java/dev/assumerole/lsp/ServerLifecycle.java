package dev.assumerole.lsp;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The LSP life cycle: requests before {@code initialize} and after {@code shutdown} are rejected, and the exit
 * code is 0 only when {@code shutdown} came before the end.
 */
@Singleton
public class ServerLifecycle {
    private final AtomicBoolean initialized = new AtomicBoolean();
    private final AtomicBoolean shutdown = new AtomicBoolean();

    /** Marks the server initialized; returns false when it already was. */
    boolean initialize() {
        return initialized.compareAndSet(false, true);
    }

    void shutdown() {
        shutdown.set(true);
    }

    boolean isShutdown() {
        return shutdown.get();
    }

    /** Throws the JSON-RPC error for a request that arrives before {@code initialize} or after {@code shutdown}. */
    void checkServing(String method) {
        if (shutdown.get()) {
            throw ProtocolErrors.invalidRequest("The server is shutting down and accepts no '" + method
                    + "' request. Only 'exit' may follow 'shutdown'.");
        }
        if (!initialized.get()) {
            throw ProtocolErrors.notInitialized(method);
        }
    }

    /** The process exit code: 0 after {@code shutdown}, 1 otherwise, as the LSP specification asks. */
    int exitCode() {
        return shutdown.get() ? 0 : 1;
    }
}
