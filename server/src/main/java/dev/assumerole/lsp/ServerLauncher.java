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
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

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

        // Guice's generated fast classes cost more at start than reflection saves over this server's few calls.
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        Thread warmUp = startProtocolWarmUp();

        LogForwarding logging = LogForwarding.install();
        MessageTracer tracer = new MessageTracer(stderr, MessageTracer.requestedByEnvironment());
        ServerExit exit = code -> {
            stderr.flush();
            System.exit(code);
        };

        // DEVELOPMENT builds singletons when first used, so the STS client and the files wait for a request.
        Injector injector = Guice.createInjector(Stage.DEVELOPMENT, new CoreModule(),
                new LspModule(protocolIn, protocolOut, logging, tracer, exit));
        ServerConnection connection = injector.getInstance(ServerConnection.class);
        joinQuietly(warmUp);
        int code = connection.run();
        exit.exit(code);
    }

    /**
     * Loads LSP4J's protocol classes and method tables on a second thread while Guice builds the services on the
     * first. Both are mostly class loading, and {@code initialize} waits for both.
     */
    private static Thread startProtocolWarmUp() {
        Thread thread = new Thread(() -> {
            Map<String, JsonRpcMethod> methods = new LinkedHashMap<>();
            methods.putAll(ServiceEndpoints.getSupportedMethods(AwsClient.class));
            methods.putAll(ServiceEndpoints.getSupportedMethods(AssumeRoleServer.class));
            methods.putAll(ServiceEndpoints.getSupportedMethods(AwsService.class));
            new MessageJsonHandler(methods).getGson();
        }, "lsp-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
