package dev.assumerole.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The user's terminal, for asking the MFA code; absent when the tool runs without one. */
public interface Terminal {

    /** Shows {@code prompt} and reads one line, or returns empty when there is no terminal to ask on. */
    Optional<String> readSecret(String prompt);

    /**
     * The process's terminal: {@link System#console()} when stdin and stdout are both terminals, otherwise
     * {@code /dev/tty}, so that {@code eval "$(... assume ...)"} can still ask although its stdout is a pipe.
     * Reading through {@code /dev/tty} echoes the code.
     */
    static Terminal system() {
        return prompt -> {
            Console console = System.console();
            if (console != null) {
                char[] code = console.readPassword("%s", prompt);
                return code == null ? Optional.empty() : Optional.of(new String(code));
            }
            return readFromTty(prompt);
        };
    }

    private static Optional<String> readFromTty(String prompt) {
        try (FileInputStream in = new FileInputStream("/dev/tty");
                FileOutputStream out = new FileOutputStream("/dev/tty")) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(prompt);
            writer.flush();
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return Optional.ofNullable(line);
        } catch (IOException | SecurityException noTerminal) {
            return Optional.empty();
        }
    }
}
