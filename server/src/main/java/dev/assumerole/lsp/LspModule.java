package dev.assumerole.lsp;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.assumerole.session.SessionService;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Binds the language server's parts: the protocol streams, the executors and the process exit. */
public final class LspModule extends AbstractModule {
    private final ProtocolStreams streams;
    private final LogForwarding logging;
    private final MessageTracer tracer;
    private final ServerExit exit;

    public LspModule(InputStream in, OutputStream out, LogForwarding logging, MessageTracer tracer, ServerExit exit) {
        this.streams = new ProtocolStreams(in, out);
        this.logging = logging;
        this.tracer = tracer;
        this.exit = exit;
    }

    @Override
    protected void configure() {
        bind(ProtocolStreams.class).toInstance(streams);
        bind(LogForwarding.class).toInstance(logging);
        bind(MessageTracer.class).toInstance(tracer);
        bind(ServerExit.class).toInstance(exit);
    }

    /** One thread for the session timers and the file and process polls; each task is short. */
    @Provides
    @Singleton
    @Named(SessionService.TIMER)
    ScheduledExecutorService timer() {
        return Executors.newSingleThreadScheduledExecutor(daemonThreads("session-timer"));
    }

    /** STS calls and file reads, one thread per concurrent request. */
    @Provides
    @Singleton
    @Named(SessionService.STS_CALLS)
    Executor stsCalls() {
        ExecutorService pool = Executors.newCachedThreadPool(daemonThreads("sts-call"));
        return pool;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The streams the protocol runs on: the process's stdin and its original stdout. */
    public record ProtocolStreams(InputStream in, OutputStream out) {
    }
}
