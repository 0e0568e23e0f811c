package dev.assumerole.credentials;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code credential_process} command line into arguments the way the AWS CLI does on POSIX systems
 * (Python's {@code shlex.split}): whitespace separates arguments, single quotes keep everything literally,
 * double quotes keep everything but a backslash before {@code "} or {@code \}, and outside quotes a backslash
 * keeps the next character. No shell runs, so variables, globs and pipes are passed on as text.
 */
public final class CommandLineSplitter {
    private CommandLineSplitter() {
    }

    /**
     * Returns the arguments of {@code commandLine}.
     *
     * @throws IllegalArgumentException when a quote is not closed or the line ends in a lone backslash
     */
    public static List<String> split(String commandLine) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArgument = false;
        int index = 0;
        while (index < commandLine.length()) {
            char c = commandLine.charAt(index);
            if (Character.isWhitespace(c)) {
                if (inArgument) {
                    arguments.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
                index++;
            } else if (c == '\'') {
                int end = commandLine.indexOf('\'', index + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("a single quote is not closed");
                }
                current.append(commandLine, index + 1, end);
                inArgument = true;
                index = end + 1;
            } else if (c == '"') {
                index = readDoubleQuoted(commandLine, index + 1, current);
                inArgument = true;
            } else if (c == '\\') {
                if (index + 1 >= commandLine.length()) {
                    throw new IllegalArgumentException("the command ends in a lone backslash");
                }
                current.append(commandLine.charAt(index + 1));
                inArgument = true;
                index += 2;
            } else {
                current.append(c);
                inArgument = true;
                index++;
            }
        }
        if (inArgument) {
            arguments.add(current.toString());
        }
        return arguments;
    }

    /** Appends a double-quoted part that starts at {@code start}; returns the index after its closing quote. */
    private static int readDoubleQuoted(String commandLine, int start, StringBuilder current) {
        int index = start;
        while (index < commandLine.length()) {
            char c = commandLine.charAt(index);
            if (c == '"') {
                return index + 1;
            }
            boolean escapes = c == '\\' && index + 1 < commandLine.length()
                    && (commandLine.charAt(index + 1) == '"' || commandLine.charAt(index + 1) == '\\');
            if (escapes) {
                current.append(commandLine.charAt(index + 1));
                index += 2;
            } else {
                current.append(c);
                index++;
            }
        }
        throw new IllegalArgumentException("a double quote is not closed");
    }
}
