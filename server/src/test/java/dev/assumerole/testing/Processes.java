package dev.assumerole.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/** Checks on processes that tests started, read from {@code /proc} so that a zombie counts as stopped. */
public final class Processes {
    private Processes() {
    }

    /** Returns whether a process with this id runs; a zombie waiting for its parent to reap it does not. */
    public static boolean isRunning(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String text = Files.readString(stat);
            int end = text.lastIndexOf(')');
            char state = text.charAt(end + 2);
            return state != 'Z' && state != 'X';
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    /** Polls every 50 ms until the process no longer runs; returns false when it still runs after the wait. */
    public static boolean waitUntilStopped(long pid, Duration wait) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isRunning(pid)) {
                return true;
            }
            Thread.sleep(50);
        }
        return !isRunning(pid);
    }
}
