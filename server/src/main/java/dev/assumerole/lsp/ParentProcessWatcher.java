package dev.assumerole.lsp;

import dev.assumerole.session.SessionService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Ends the server when the editor process named by {@code initialize}'s {@code processId} is gone, so that no
 * JVM outlives its editor. Polls {@link ProcessHandle#isAlive()} every {@link #POLL_INTERVAL}.
 */
@Singleton
public class ParentProcessWatcher {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(ParentProcessWatcher.class.getName());

    private final ScheduledExecutorService timer;
    private final ServerLifecycle lifecycle;
    private final ServerExit exit;

    @Inject
    public ParentProcessWatcher(@Named(SessionService.TIMER) ScheduledExecutorService timer,
            ServerLifecycle lifecycle, ServerExit exit) {
        this.timer = timer;
        this.lifecycle = lifecycle;
        this.exit = exit;
    }

    /** Starts watching the process; the first check runs at once. */
    public void watch(long pid) {
        LOG.info(() -> "Watching the editor process " + pid + "; the server exits when it is gone");
        timer.scheduleWithFixedDelay(() -> check(pid), 0, POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check(long pid) {
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            LOG.warning(() -> "The editor process " + pid + " is gone; the server exits");
            exit.exit(lifecycle.exitCode());
        }
    }
}
