package dev.assumerole.lsp;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.assumerole.CoreModule;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/** Starts the language server on the process's stdin and stdout. */
public final class ServerLauncher {
    private ServerLauncher() {
    }

    /** Runs the server until the client sends {@code exit}, the input ends, or the editor process is gone. */
    public static void launch() {
        // The protocol owns stdout. Anything else that prints, a library included, reaches stderr instead.
        InputStream protocolIn = new ResyncingInputStream(new FileInputStream(FileDescriptor.in));
        OutputStream protocolOut = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        PrintStream stderr = System.err;
        System.setOut(stderr);
        System.setIn(new ByteArrayInputStream(new byte[0]));

        LogForwarding logging = LogForwarding.install();
        MessageTracer tracer = new MessageTracer(stderr, MessageTracer.requestedByEnvironment());
        ServerExit exit = code -> {
            stderr.flush();
            System.exit(code);
        };

        // DEVELOPMENT builds singletons when first used, so the STS client and the files wait for a request.
        Injector injector = Guice.createInjector(Stage.DEVELOPMENT, new CoreModule(),
                new LspModule(protocolIn, protocolOut, logging, tracer, exit));
        int code = injector.getInstance(ServerConnection.class).run();
        exit.exit(code);
    }
}
