package dev.assumerole.cli;

import dev.assumerole.credentials.ErrorKind;

/**
 * The exit codes of the command line, one per family of failures. {@code exec} exits with the command's own
 * status once the command has started.
 */
public final class ExitCodes {
    public static final int SUCCESS = 0;
    /** A defect in this tool. */
    public static final int INTERNAL = 1;
    /** The command line itself is wrong: an unknown option, a missing value, no command for {@code exec}. */
    public static final int USAGE = 2;
    /** The files: a profile not found, a broken chain, a kind not supported yet. */
    public static final int CONFIGURATION = 3;
    /** A value STS would reject or did reject: a malformed code or ARN, a duration out of range or too long. */
    public static final int INVALID_INPUT = 4;
    /** An MFA code is needed and none could be read, or STS rejected it. */
    public static final int MFA = 5;
    /** The source credentials are invalid or expired, or the role may not be assumed with them. */
    public static final int CREDENTIALS = 6;
    /** STS could not be reached, kept throttling, or failed otherwise. */
    public static final int STS = 7;
    /** {@code exec}: the command was found but cannot be run (the shell's convention). */
    public static final int COMMAND_NOT_EXECUTABLE = 126;
    /** {@code exec}: the command was not found (the shell's convention). */
    public static final int COMMAND_NOT_FOUND = 127;

    private ExitCodes() {
    }

    public static int of(ErrorKind kind) {
        return switch (kind) {
            case PROFILE_NOT_FOUND, CONFIG_ERROR, NOT_SUPPORTED -> CONFIGURATION;
            case INVALID_INPUT, DURATION_TOO_LONG -> INVALID_INPUT;
            case MFA_CODE_REQUIRED, MFA_CODE_REJECTED -> MFA;
            case SOURCE_CREDENTIALS_INVALID, ACCESS_DENIED -> CREDENTIALS;
            case THROTTLED, NETWORK, STS_ERROR -> STS;
            case INTERNAL -> INTERNAL;
        };
    }
}
