package dev.assumerole.credentials;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Stops child processes together with the processes they started. {@link Process#destroy()} alone stops only
 * the direct child, so a shell script's own children would keep running and keep its pipes open. Processes
 * started with {@link #startStoppedOnExit} are stopped when the JVM shuts down, for example on SIGTERM or when
 * the language server exits while a command still runs.
 */
public final class ProcessTrees {
    private static final Logger LOG = Logger.getLogger(ProcessTrees.class.getName());
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    /** Guards the start and registration of a process against the shutdown hook running in between. */
    private static final Object LOCK = new Object();
    private static boolean hookInstalled;
    private static boolean shuttingDown;

    private ProcessTrees() {
    }

    /** Sends SIGKILL to the process and every descendant it has now, and closes the process's pipes. */
    public static void kill(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        closeStreams(process);
        LOG.fine(() -> "Stopped process " + process.pid() + " and " + descendants.size() + " descendant(s)");
    }

    /**
     * Sends SIGTERM to the process and its descendants, waits up to {@code grace} for the process to end, then
     * kills whatever is left.
     */
    public static void terminate(Process process, Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Starts a process whose tree a JVM shutdown kills; {@link #done} unregisters it. A process started while
     * the JVM shuts down is killed at once.
     */
    public static Process startStoppedOnExit(ProcessBuilder builder) throws IOException {
        synchronized (LOCK) {
            installHook();
            Process process = builder.start();
            if (shuttingDown) {
                kill(process);
            } else {
                RUNNING.add(process);
            }
            return process;
        }
    }

    public static void done(Process process) {
        RUNNING.remove(process);
    }

    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        Thread hook = new Thread(ProcessTrees::killRunning, "stop-child-processes");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            hookInstalled = true;
        } catch (IllegalStateException alreadyShuttingDown) {
            shuttingDown = true;
        }
    }

    private static void killRunning() {
        synchronized (LOCK) {
            shuttingDown = true;
            RUNNING.forEach(ProcessTrees::kill);
        }
    }

    private static void closeStreams(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException alreadyClosed) {
            LOG.finest("stdin of the process was already closed");
        }
        try {
            process.getInputStream().close();
            process.getErrorStream().close();
        } catch (IOException alreadyClosed) {
            LOG.finest("an output stream of the process was already closed");
        }
    }
}
