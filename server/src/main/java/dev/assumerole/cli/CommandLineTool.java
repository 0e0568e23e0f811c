package dev.assumerole.cli;

/** The command line verbs: {@code profiles}, {@code assume} and {@code exec}. */
public final class CommandLineTool {
    private CommandLineTool() {
    }

    /** Runs one command line and returns its exit code. */
    public static int run(String[] args) {
        throw new UnsupportedOperationException("TODO: command line verbs");
    }
}
