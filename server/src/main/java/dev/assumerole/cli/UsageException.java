package dev.assumerole.cli;

/** A command line that cannot be run as written; the message states what to change. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
