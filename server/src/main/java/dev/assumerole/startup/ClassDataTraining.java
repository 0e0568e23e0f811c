package dev.assumerole.startup;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.sun.net.httpserver.HttpServer;
import dev.assumerole.CoreModule;
import dev.assumerole.cli.CommandLineTool;
import dev.assumerole.cli.Terminal;
import dev.assumerole.config.Environment;
import dev.assumerole.config.ProfileRepository;
import dev.assumerole.credentials.RoleAssumer;
import dev.assumerole.credentials.StsSettings;
import dev.assumerole.lsp.LogForwarding;
import dev.assumerole.lsp.LspModule;
import dev.assumerole.lsp.MessageTracer;
import dev.assumerole.lsp.ServerConnection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Runs the command line's and the language server's main paths once, in one JVM, so that the JVM can record the
 * classes they load into a class-data archive ({@code -XX:ArchiveClassesAtExit} on Java 17 to 23,
 * {@code -XX:AOTCacheOutput} from Java 24). A JVM started with that archive sends its first response about twice
 * as fast.
 *
 * <p>Nothing real takes part: the profiles are written to a temporary folder, the keys are AWS's documentation
 * examples, and STS is a stub on 127.0.0.1 in this JVM. The SDK's own profile lookups are pointed at the same
 * temporary files through its system properties, so the user's {@code ~/.aws} files are never read and no secret
 * can reach the archive. The MFA code is drawn at random when the training runs, so that no fixed code sits in
 * the class's constants and so in the archive.
 */
public final class ClassDataTraining {
    /** The hidden command line verb that runs the training. */
    public static final String VERB = "train-class-data";

    private static final String CONFIG = """
            [profile admin]
            role_arn = arn:aws:iam::123456789012:role/admin
            source_profile = dev
            mfa_serial = arn:aws:iam::123456789012:mfa/alice
            region = eu-west-1
            """;
    private static final String CREDENTIALS = """
            [dev]
            aws_access_key_id = AKIAIOSFODNN7EXAMPLE
            aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
            """;

    private ClassDataTraining() {
    }

    /** Runs the training and returns 0, or 1 when a path failed, which leaves the archive incomplete but usable. */
    public static int run() {
        Path folder = null;
        HttpServer sts = null;
        try {
            folder = Files.createTempDirectory("assume-role-training-");
            Path config = Files.writeString(folder.resolve("config"), CONFIG);
            Path credentials = Files.writeString(folder.resolve("credentials"), CREDENTIALS);
            System.setProperty("aws.configFile", config.toString());
            System.setProperty("aws.sharedCredentialsFile", credentials.toString());
            sts = startStsStub();
            Environment environment = Environment.of(Map.of(
                    "AWS_CONFIG_FILE", config.toString(),
                    "AWS_SHARED_CREDENTIALS_FILE", credentials.toString(),
                    "AWS_EC2_METADATA_DISABLED", "true",
                    "HOME", folder.toString()));

            URI stub = URI.create("http://127.0.0.1:" + sts.getAddress().getPort());
            String code = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
            int profiles = runCommandLine(environment, stub, "profiles");
            int assume = runCommandLine(environment, stub, "assume", "admin", "--token-code", code, "--format",
                    "bash");
            int server = runLanguageServer(environment, stub, code);
            return profiles == 0 && assume == 0 && server == 0 ? 0 : 1;
        } catch (IOException e) {
            return 1;
        } finally {
            if (sts != null) {
                sts.stop(0);
            }
            deleteQuietly(folder);
        }
    }

    /**
     * Runs one command line. The stub is set as the endpoint override because the SDK reads
     * {@code AWS_ENDPOINT_URL_STS} from the process environment, not from {@code environment}.
     */
    private static int runCommandLine(Environment environment, URI stub, String... args) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        InputStream noInput = new ByteArrayInputStream(new byte[0]);
        Injector core = Guice.createInjector(Stage.DEVELOPMENT, new CoreModule(environment));
        core.getInstance(StsSettings.class).endpointOverride(stub);
        Terminal noTerminal = prompt -> Optional.empty();
        return new CommandLineTool(environment, noInput, discard, discard, noTerminal,
                core.getInstance(ProfileRepository.class), core.getInstance(RoleAssumer.class)).execute(args);
    }

    /** Serves one session over in-memory pipes: initialize, the profiles, one assume, shutdown and exit. */
    private static int runLanguageServer(Environment environment, URI stub, String code) throws IOException {
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
        PipedInputStream fromServer = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(fromServer);

        LogForwarding logging = LogForwarding.install();
        MessageTracer tracer = new MessageTracer(new PrintStream(OutputStream.nullOutputStream()), false);
        ServerConnection connection = Guice.createInjector(Stage.DEVELOPMENT, new CoreModule(environment),
                        new LspModule(serverIn, serverOut, logging, tracer, exitCode -> { }))
                .getInstance(ServerConnection.class);
        Thread serverThread = new Thread(connection::run, "training-server");
        serverThread.setDaemon(true);
        serverThread.start();

        TrainingClient client = new TrainingClient(toServer, fromServer);
        client.request(1, "initialize", "{\"processId\":null,\"capabilities\":{},\"initializationOptions\":"
                + "{\"stsEndpoint\":\"" + stub + "\"}}");
        client.notify("initialized", "{}");
        client.request(2, "aws/profiles", "{}");
        boolean assumed = client.request(3, "aws/assumeRole",
                "{\"profile\":\"admin\",\"tokenCode\":\"" + code + "\"}");
        client.request(4, "aws/sessions", "{}");
        client.request(5, "aws/endSession", "{\"profile\":\"admin\"}");
        client.request(6, "shutdown", "null");
        client.notify("exit", "null");
        toServer.close();
        return assumed ? 0 : 1;
    }

    /** A loopback STS that responds to every request with one AssumeRole response of made-up credentials. */
    private static HttpServer startStsStub() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = assumeRoleResponse().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private static String assumeRoleResponse() {
        Instant expiration = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return """
                <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <AssumeRoleResult>
                    <AssumedRoleUser>
                      <AssumedRoleId>AROA3XFRBF535PLBIFPI4:training</AssumedRoleId>
                      <Arn>arn:aws:sts::123456789012:assumed-role/admin/training</Arn>
                    </AssumedRoleUser>
                    <Credentials>
                      <AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId>
                      <SecretAccessKey>training/secret/made/up/EXAMPLEKEY</SecretAccessKey>
                      <SessionToken>training-session-token-EXAMPLE</SessionToken>
                      <Expiration>%s</Expiration>
                    </Credentials>
                  </AssumeRoleResult>
                  <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
                </AssumeRoleResponse>
                """.formatted(expiration);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind holds only the example files written above.
            return;
        }
    }
}
