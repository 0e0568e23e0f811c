package dev.assumerole.credentials;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Stops child processes together with the processes they started. {@link Process#destroy()} alone stops only
 * the direct child, so a shell script's own children would keep running and keep its pipes open. Processes
 * registered with {@link #stopOnExit} are stopped when the JVM shuts down, for example on SIGTERM or when the
 * language server exits while a command still runs.
 */
public final class ProcessTrees {
    private static final Logger LOG = Logger.getLogger(ProcessTrees.class.getName());
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static final Object HOOK_LOCK = new Object();
    private static boolean hookInstalled;

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

    /** Registers a running process, so that a JVM shutdown kills its tree; {@link #done} unregisters it. */
    public static void stopOnExit(Process process) {
        installHook();
        RUNNING.add(process);
    }

    public static void done(Process process) {
        RUNNING.remove(process);
    }

    private static void installHook() {
        synchronized (HOOK_LOCK) {
            if (hookInstalled) {
                return;
            }
            Thread hook = new Thread(() -> RUNNING.forEach(ProcessTrees::kill), "stop-child-processes");
            try {
                Runtime.getRuntime().addShutdownHook(hook);
                hookInstalled = true;
            } catch (IllegalStateException shuttingDown) {
                LOG.fine("The JVM is already shutting down; the process is not registered for it");
            }
        }
    }

    private static void closeStreams(Process process) {
        try {
            process.getOutputStream().close();
        } catch (java.io.IOException alreadyClosed) {
            LOG.finest("stdin of the process was already closed");
        }
        try {
            process.getInputStream().close();
            process.getErrorStream().close();
        } catch (java.io.IOException alreadyClosed) {
            LOG.finest("an output stream of the process was already closed");
        }
    }
}
