package dev.assumerole.lsp;

/** Ends the server process; tests replace it to observe the exit code. */
@FunctionalInterface
public interface ServerExit {
    void exit(int code);
}
