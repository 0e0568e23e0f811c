package dev.assumerole.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A parsed command line. Options take their value as the next argument or after {@code =}; {@code --verbose},
 * {@code --help} and {@code --version} are accepted anywhere before {@code --}.
 */
record ParsedArguments(Verb verb, String profile, String tokenCode, Integer durationSeconds,
        ShellExports.Format format, boolean json, boolean verbose, List<String> command) {

    enum Verb { HELP, VERSION, PROFILES, ASSUME, EXEC }

    static ParsedArguments parse(String[] args) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        List<String> command = List.of();
        int separator = arguments.indexOf("--");
        boolean hasSeparator = separator >= 0;
        if (hasSeparator) {
            command = List.copyOf(arguments.subList(separator + 1, arguments.size()));
            arguments = new ArrayList<>(arguments.subList(0, separator));
        }
        boolean verbose = arguments.removeIf(a -> a.equals("--verbose") || a.equals("--debug") || a.equals("-v"));
        if (arguments.contains("--help") || arguments.contains("-h") || arguments.isEmpty() && !hasSeparator) {
            return new ParsedArguments(Verb.HELP, null, null, null, null, false, verbose, command);
        }
        if (arguments.contains("--version") || arguments.contains("-V")) {
            return new ParsedArguments(Verb.VERSION, null, null, null, null, false, verbose, command);
        }
        if (arguments.isEmpty()) {
            throw new UsageException(CliMessages.missingCommand());
        }

        String verbName = arguments.remove(0);
        Verb verb = switch (verbName) {
            case "profiles" -> Verb.PROFILES;
            case "assume" -> Verb.ASSUME;
            case "exec" -> Verb.EXEC;
            default -> throw new UsageException(CliMessages.unknownCommand(verbName));
        };
        if (verb != Verb.EXEC && hasSeparator) {
            throw new UsageException(CliMessages.tooManyArguments("--"));
        }
        return parseOptions(verb, verbName, arguments, verbose, hasSeparator, command);
    }

    private static ParsedArguments parseOptions(Verb verb, String verbName, List<String> arguments, boolean verbose,
            boolean hasSeparator, List<String> command) {
        String profile = null;
        String tokenCode = null;
        Integer duration = null;
        ShellExports.Format format = ShellExports.Format.BASH;
        boolean json = false;

        for (int index = 0; index < arguments.size(); index++) {
            String argument = arguments.get(index);
            String name = argument;
            String value = null;
            int equals = argument.indexOf('=');
            if (argument.startsWith("--") && equals > 0) {
                name = argument.substring(0, equals);
                value = argument.substring(equals + 1);
            }
            boolean roleVerb = verb == Verb.ASSUME || verb == Verb.EXEC;
            if (name.equals("--json") && verb == Verb.PROFILES && value == null) {
                json = true;
            } else if (name.equals("--token-code") && roleVerb) {
                if (value == null) {
                    value = valueAfter(arguments, ++index, name);
                }
                tokenCode = value;
            } else if (name.equals("--duration") && roleVerb) {
                if (value == null) {
                    value = valueAfter(arguments, ++index, name);
                }
                duration = parseDuration(value);
            } else if (name.equals("--format") && verb == Verb.ASSUME) {
                if (value == null) {
                    value = valueAfter(arguments, ++index, name);
                }
                format = ShellExports.Format.parse(value);
                if (format == null) {
                    throw new UsageException(CliMessages.unknownFormat(value));
                }
            } else if (argument.startsWith("-") && !argument.equals("-")) {
                throw new UsageException(CliMessages.unknownOption(argument, verbName));
            } else if (roleVerb && profile == null) {
                profile = argument;
            } else if (verb == Verb.EXEC && !hasSeparator) {
                throw new UsageException(CliMessages.noCommandSeparator());
            } else {
                throw new UsageException(CliMessages.tooManyArguments(argument));
            }
        }
        if (verb == Verb.EXEC && command.isEmpty()) {
            throw new UsageException(CliMessages.missingCommand());
        }
        return new ParsedArguments(verb, profile, tokenCode, duration, format, json, verbose, command);
    }

    private static String valueAfter(List<String> arguments, int index, String option) {
        if (index >= arguments.size()) {
            throw new UsageException(CliMessages.missingValue(option));
        }
        return arguments.get(index);
    }

    private static Integer parseDuration(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new UsageException(CliMessages.durationNotNumber(value));
        }
    }
}
