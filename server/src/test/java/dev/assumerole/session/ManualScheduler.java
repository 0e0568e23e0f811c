package dev.assumerole.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler driven by a {@link ManualClock}: tasks run on the test's thread when {@link #advance} moves the
 * clock past their time. Supports one-shot and fixed-delay tasks.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final ManualClock clock;
    private final List<Task> tasks = new ArrayList<>();

    public ManualScheduler(ManualClock clock) {
        this.clock = clock;
    }

    /** Moves the clock forward step by step, running each task when its time comes. */
    public void advance(Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (true) {
            Task next = nextDue(end);
            if (next == null) {
                break;
            }
            Duration untilTask = Duration.between(clock.instant(), next.dueAt);
            if (!untilTask.isNegative()) {
                clock.advance(untilTask);
            }
            next.run();
        }
        Duration rest = Duration.between(clock.instant(), end);
        if (!rest.isNegative()) {
            clock.advance(rest);
        }
    }

    /** Runs the tasks that are due now. */
    public void runDueTasks() {
        advance(Duration.ZERO);
    }

    /** The number of tasks waiting, cancelled ones left out. */
    public synchronized int pendingCount() {
        return (int) tasks.stream().filter(task -> !task.cancelled).count();
    }

    private synchronized Task nextDue(Instant end) {
        tasks.removeIf(task -> task.cancelled || task.done);
        return tasks.stream()
                .filter(task -> !task.dueAt.isAfter(end))
                .min(Comparator.comparing((Task task) -> task.dueAt).thenComparingLong(task -> task.sequence))
                .orElse(null);
    }

    private synchronized Task add(Runnable command, long delay, TimeUnit unit, Duration period) {
        Task task = new Task(command, clock.instant().plus(Duration.ofNanos(unit.toNanos(delay))), period);
        tasks.add(task);
        return task;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(command, delay, unit, null);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return add(command, initialDelay, unit, Duration.ofNanos(unit.toNanos(delay)));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return scheduleWithFixedDelay(command, initialDelay, period, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("Not needed by the code under test");
    }

    @Override
    public void execute(Runnable command) {
        add(command, 0, TimeUnit.MILLISECONDS, null);
    }

    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private static long sequenceCounter;

    private final class Task implements ScheduledFuture<Object> {
        final Runnable command;
        final Duration period;
        final long sequence;
        Instant dueAt;
        volatile boolean cancelled;
        volatile boolean done;

        Task(Runnable command, Instant dueAt, Duration period) {
            this.command = command;
            this.dueAt = dueAt;
            this.period = period;
            synchronized (ManualScheduler.class) {
                this.sequence = sequenceCounter++;
            }
        }

        void run() {
            command.run();
            if (period == null) {
                done = true;
            } else {
                dueAt = clock.instant().plus(period);
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), dueAt));
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }
}
