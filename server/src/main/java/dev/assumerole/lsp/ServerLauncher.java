package dev.assumerole.lsp;

/** Starts the language server on the process's stdin and stdout. */
public final class ServerLauncher {
    private ServerLauncher() {
    }

    /** Runs the server until the client sends {@code exit} or the editor process is gone. */
    public static void launch() {
        throw new UnsupportedOperationException("TODO: language server");
    }
}
