package dev.assumerole.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Runs a child process to its end, with its output in files so that neither stream can fill and block it. */
public final class ChildProcess {
    private ChildProcess() {
    }

    /** The exit code and the whole output of a finished child. */
    public record Result(int exit, String stdout, String stderr) {
    }

    /**
     * Starts {@code builder} with no input, waits for it and returns its output. A child still running after
     * {@code timeout} is killed and fails the test.
     */
    public static Result run(ProcessBuilder builder, Path outputFolder, Duration timeout)
            throws IOException, InterruptedException {
        Path stdout = Files.createTempFile(outputFolder, "stdout", ".txt");
        Path stderr = Files.createTempFile(outputFolder, "stderr", ".txt");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(builder.command().get(0) + " did not exit within " + timeout);
        }
        return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
