package dev.assumerole.cli;

import com.google.gson.GsonBuilder;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.assumerole.CoreModule;
import dev.assumerole.config.Environment;
import dev.assumerole.config.ProfileListing;
import dev.assumerole.config.ProfileRepository;
import dev.assumerole.credentials.AssumeRoleException;
import dev.assumerole.credentials.CredentialEnvironment;
import dev.assumerole.credentials.ErrorKind;
import dev.assumerole.credentials.ProcessTrees;
import dev.assumerole.credentials.RoleAssumer;
import dev.assumerole.credentials.RoleRequest;
import dev.assumerole.credentials.RoleSession;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command line verbs: {@code profiles}, {@code assume} and {@code exec}. The core is wired by hand here, not
 * through Guice, because start-up time counts for a command that runs in every new shell.
 */
public final class CommandLineTool {
    private static final Logger LOG = Logger.getLogger(CommandLineTool.class.getName());
    /** How long the command may take to end after SIGTERM when this JVM is stopped, before it is killed. */
    private static final Duration COMMAND_STOP_GRACE = Duration.ofSeconds(5);

    private final Environment environment;
    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Terminal terminal;
    private final ProfileRepository profiles;
    private final RoleAssumer assumer;

    public CommandLineTool(Environment environment, InputStream stdin, PrintStream stdout, PrintStream stderr,
            Terminal terminal, ProfileRepository profiles, RoleAssumer assumer) {
        this.environment = environment;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.terminal = terminal;
        this.profiles = profiles;
        this.assumer = assumer;
    }

    /** Runs one command line in this process and returns its exit code. */
    public static int run(String[] args) {
        Environment environment = Environment.system();
        Injector core = Guice.createInjector(Stage.DEVELOPMENT, new CoreModule(environment));
        // Unbuffered stdin: System.in would read ahead and take input that belongs to the command exec runs.
        // Nothing in this process reads System.in.
        InputStream stdin = new FileInputStream(FileDescriptor.in);
        // UTF-8 whatever the locale: without LANG, Java would print each non-ASCII character as '?'.
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return new CommandLineTool(environment, stdin, stdout, stderr, Terminal.system(),
                core.getInstance(ProfileRepository.class), core.getInstance(RoleAssumer.class)).execute(args);
    }

    /** Runs one command line and returns its exit code; every failure is one line on stderr. */
    public int execute(String[] args) {
        ParsedArguments parsed;
        try {
            parsed = ParsedArguments.parse(args);
        } catch (UsageException usage) {
            ConsoleLogging.configure(false, stderr);
            stderr.println(usage.getMessage());
            return ExitCodes.USAGE;
        }
        ConsoleLogging.configure(parsed.verbose(), stderr);
        try {
            return dispatch(parsed);
        } catch (AssumeRoleException failure) {
            stderr.println(failure.getMessage());
            return ExitCodes.of(failure.kind());
        } catch (UsageException usage) {
            stderr.println(usage.getMessage());
            return ExitCodes.USAGE;
        } catch (RuntimeException | Error unexpected) {
            LOG.log(Level.FINE, "Unexpected " + unexpected.getClass().getName());
            stderr.println(CliMessages.unexpected(unexpected.getClass().getSimpleName()));
            return ExitCodes.INTERNAL;
        } finally {
            stdout.flush();
        }
    }

    private int dispatch(ParsedArguments parsed) {
        switch (parsed.verb()) {
            case HELP:
                stdout.print(CliMessages.HELP);
                return ExitCodes.SUCCESS;
            case VERSION:
                stdout.println(CliMessages.PROGRAM + " " + version());
                return ExitCodes.SUCCESS;
            case PROFILES:
                return profiles(parsed.json());
            case ASSUME:
                stdout.print(ShellExports.render(assume(parsed), parsed.format()));
                return ExitCodes.SUCCESS;
            case EXEC:
                return exec(assume(parsed), parsed.command());
            default:
                throw new IllegalStateException("Unknown verb " + parsed.verb());
        }
    }

    private int profiles(boolean json) {
        ProfileListing listing = profiles.list();
        if (json) {
            stdout.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(listing));
        } else {
            stdout.print(ProfileTable.render(listing));
        }
        return ExitCodes.SUCCESS;
    }

    private RoleSession assume(ParsedArguments parsed) {
        String profile = parsed.profile() != null ? parsed.profile() : defaultProfile();
        if (profile.isBlank()) {
            throw new UsageException(CliMessages.emptyProfileName());
        }
        String code = parsed.tokenCode();
        String codeSource = "--token-code";
        if ("-".equals(code)) {
            code = readLineFromStdin(profile);
            codeSource = "the code read from stdin";
        }
        Consumer<String> notices = stderr::println;
        try {
            return assumer.assume(new RoleRequest(profile, code, parsed.durationSeconds()), notices);
        } catch (AssumeRoleException failure) {
            if (code != null) {
                throw reworded(failure, profile, codeSource);
            }
            if (failure.kind() != ErrorKind.MFA_CODE_REQUIRED) {
                throw failure;
            }
            Optional<String> entered = terminal.readSecret(CliMessages.mfaPrompt(profile, failure.mfaSerial()));
            if (entered.isEmpty()) {
                throw new AssumeRoleException(ErrorKind.MFA_CODE_REQUIRED, profile,
                        CliMessages.noTerminalForMfa(profile, failure.mfaSerial()), failure.mfaSerial(), null);
            }
            return assumer.assume(new RoleRequest(profile, entered.get().trim(), parsed.durationSeconds()), notices);
        }
    }

    /**
     * Rewords a failure about a code given on the command line: the shared messages say to enter the code, which
     * suits an input box but not a command line.
     */
    private static AssumeRoleException reworded(AssumeRoleException failure, String profile, String codeSource) {
        if (failure.kind() == ErrorKind.MFA_CODE_REQUIRED) {
            return new AssumeRoleException(failure.kind(), profile,
                    CliMessages.emptyTokenCode(profile, failure.mfaSerial()), failure.mfaSerial(), null);
        }
        boolean malformedCode = failure.kind() == ErrorKind.INVALID_INPUT && failure.mfaSerial() != null;
        if (malformedCode) {
            return new AssumeRoleException(failure.kind(), profile,
                    CliMessages.malformedTokenCode(profile, codeSource), failure.mfaSerial(), null);
        }
        return failure;
    }

    /** Returns the profile when none is named: AWS_DEFAULT_PROFILE, then AWS_PROFILE, then default, as in botocore. */
    private String defaultProfile() {
        String profile = environment.get("AWS_DEFAULT_PROFILE")
                .or(() -> environment.get("AWS_PROFILE"))
                .orElse("default");
        LOG.fine(() -> "No profile named; using '" + profile + "'");
        return profile;
    }

    /** Reads one line byte by byte, so that the rest of stdin is left for the command that exec runs. */
    private String readLineFromStdin(String profile) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int next;
            while ((next = stdin.read()) >= 0 && next != '\n') {
                line.write(next);
            }
        } catch (IOException unreadable) {
            LOG.fine("stdin could not be read: " + unreadable.getClass().getSimpleName());
        }
        String code = line.toString(StandardCharsets.UTF_8).trim();
        if (code.isEmpty()) {
            throw new AssumeRoleException(ErrorKind.MFA_CODE_REQUIRED, profile, CliMessages.noCodeOnStdin(profile));
        }
        return code;
    }

    private int exec(RoleSession session, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> childEnvironment = builder.environment();
        childEnvironment.clear();
        childEnvironment.putAll(environment.asMap());
        CredentialEnvironment.variablesToUnset(session).forEach(childEnvironment::remove);
        childEnvironment.putAll(CredentialEnvironment.of(session));
        LOG.fine(() -> "Running " + command.get(0) + " with the credentials of profile " + session.profile());

        // The hook is added before the start, so that a SIGTERM or SIGHUP to this JVM at any moment after the
        // start reaches the command and its children. The lock makes the hook wait for a start in progress.
        AtomicReference<Process> started = new AtomicReference<>();
        Thread stopCommand = new Thread(() -> {
            synchronized (started) {
                Process running = started.get();
                if (running != null) {
                    ProcessTrees.terminate(running, COMMAND_STOP_GRACE);
                }
            }
        }, "stop-command");
        Runtime.getRuntime().addShutdownHook(stopCommand);
        try {
            return runCommand(builder, command, started);
        } finally {
            removeHook(stopCommand);
        }
    }

    private int runCommand(ProcessBuilder builder, List<String> command, AtomicReference<Process> started) {
        Process process;
        try {
            synchronized (started) {
                process = builder.start();
                started.set(process);
            }
        } catch (IOException notStarted) {
            String reason = String.valueOf(notStarted.getMessage());
            if (reason.contains("error=13")) {
                stderr.println(CliMessages.commandNotExecutable(command.get(0)));
                return ExitCodes.COMMAND_NOT_EXECUTABLE;
            }
            stderr.println(CliMessages.commandNotFound(command.get(0)));
            return ExitCodes.COMMAND_NOT_FOUND;
        }
        try {
            return process.waitFor();
        } catch (InterruptedException interrupted) {
            ProcessTrees.kill(process);
            Thread.currentThread().interrupt();
            return ExitCodes.INTERNAL;
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            LOG.finest("The JVM is shutting down; its hook stops the command");
        }
    }

    private static String version() {
        String version = CommandLineTool.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
