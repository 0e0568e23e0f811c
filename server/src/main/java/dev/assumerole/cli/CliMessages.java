package dev.assumerole.cli;

/** The wording of the command line: help, usage errors and prompts. */
final class CliMessages {
    static final String PROGRAM = "assume-role";

    static final String HELP = """
            Usage: java -jar assume-role-server.jar COMMAND [OPTIONS]

            Assumes AWS IAM roles from the profiles in ~/.aws/config and ~/.aws/credentials
            (or AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE), asking for an MFA code when needed.

            Commands:
              profiles [--json]
                  Lists the profiles with their kind and problems.
              assume [PROFILE] [--token-code CODE|-] [--duration SECONDS] [--format FORMAT]
                  Prints the statements that put the role's credentials into a shell, for example
                  eval "$(java -jar assume-role-server.jar assume admin)".
              exec [PROFILE] [--token-code CODE|-] [--duration SECONDS] -- COMMAND [ARGS...]
                  Runs COMMAND with the role's credentials in its environment.

            Options:
              --token-code CODE  The six-digit MFA code; '-' reads it from stdin. Without it the code is
                                 asked on the terminal when the chain needs one.
              --duration SECONDS The session length, 900 to 43200; default duration_seconds, then 3600.
              --format FORMAT    bash (default; also zsh and sh), fish, powershell or json.
              --json             profiles: prints the listing as JSON.
              --verbose, -v      Prints each decision to stderr (no secrets). --debug is the same.
              --help, -h         Prints this text.
              --version, -V      Prints the version.

            PROFILE defaults to AWS_DEFAULT_PROFILE, then AWS_PROFILE, then 'default', as in the AWS CLI v1.
            Exit codes: 0 success, 1 internal error, 2 usage error, 3 configuration, 4 invalid input,
            5 MFA, 6 credentials or access denied, 7 STS or network; exec returns the command's status.
            Output is written as UTF-8 whatever the locale.
            """;

    private CliMessages() {
    }

    static String usage(String problem) {
        return problem + " Run with --help for usage.";
    }

    static String unknownCommand(String command) {
        return usage("Unknown command '" + command + "'.");
    }

    static String unknownOption(String option, String command) {
        return usage("Unknown option '" + option + "' for " + command + ".");
    }

    static String missingValue(String option) {
        return usage("Option " + option + " needs a value.");
    }

    static String durationNotNumber(String value) {
        return usage("--duration must be a whole number of seconds, not '" + value + "'.");
    }

    static String unknownFormat(String value) {
        return usage("--format must be bash, fish, powershell or json, not '" + value + "'.");
    }

    static String tooManyArguments(String argument) {
        return usage("Unexpected argument '" + argument + "'.");
    }

    static String missingCommand() {
        return usage("exec needs a command after --, for example: exec admin -- aws sts get-caller-identity.");
    }

    static String noCommandSeparator() {
        return usage("exec needs -- before the command, for example: exec admin -- aws sts get-caller-identity.");
    }

    static String mfaPrompt(String profile, String mfaSerial) {
        return "MFA code for profile '" + profile + "' (" + mfaSerial + "): ";
    }

    static String noTerminalForMfa(String profile, String mfaSerial) {
        return "Profile '" + profile + "' needs an MFA code from " + mfaSerial + ", and there is no terminal to ask "
                + "on. Pass --token-code CODE, or --token-code - to read it from stdin.";
    }

    static String noCodeOnStdin(String profile) {
        return "Cannot assume role for profile '" + profile + "': --token-code - reads the MFA code from stdin, "
                + "but stdin was empty. Pipe the code in, or pass it as --token-code CODE.";
    }

    static String emptyTokenCode(String profile, String mfaSerial) {
        return "Cannot assume role for profile '" + profile + "': --token-code is empty, and an MFA code from "
                + mfaSerial + " is required. Pass the code your MFA device shows now as --token-code CODE.";
    }

    /** {@code where} names where the code came from, such as "--token-code" or "the code read from stdin". */
    static String malformedTokenCode(String profile, String where) {
        return "Cannot assume role for profile '" + profile + "': " + where + " must be six digits. Pass the code "
                + "your MFA device shows now as --token-code CODE.";
    }

    static String emptyProfileName() {
        return usage("The profile name is empty. Name the profile to assume, for example: assume admin.");
    }

    static String commandNotFound(String command) {
        return "Cannot run '" + command + "': command not found. Check the name and PATH.";
    }

    static String commandNotExecutable(String command) {
        return "Cannot run '" + command + "': it is not executable. Check its permissions.";
    }

    static String unexpected(String errorType) {
        return "Unexpected error (" + errorType + "). Run again with --verbose, and report it if it persists.";
    }
}
