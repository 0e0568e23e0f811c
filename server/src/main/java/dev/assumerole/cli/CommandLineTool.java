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
import dev.assumerole.credentials.RoleAssumer;
import dev.assumerole.credentials.RoleRequest;
import dev.assumerole.credentials.RoleSession;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command line verbs: {@code profiles}, {@code assume} and {@code exec}. The core is wired by hand here, not
 * through Guice, because start-up time counts for a command that runs in every new shell.
 */
public final class CommandLineTool {
    private static final Logger LOG = Logger.getLogger(CommandLineTool.class.getName());

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
        InputStream stdin = new FileInputStream(FileDescriptor.in);
        return new CommandLineTool(environment, stdin, System.out, System.err, Terminal.system(),
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
        String code = parsed.tokenCode();
        if ("-".equals(code)) {
            code = readLineFromStdin();
        }
        Consumer<String> notices = stderr::println;
        try {
            return assumer.assume(new RoleRequest(profile, code, parsed.durationSeconds()), notices);
        } catch (AssumeRoleException failure) {
            if (failure.kind() != ErrorKind.MFA_CODE_REQUIRED || code != null) {
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

    /** Returns the profile when none is named: AWS_DEFAULT_PROFILE, then AWS_PROFILE, then default, as in botocore. */
    private String defaultProfile() {
        String profile = environment.get("AWS_DEFAULT_PROFILE")
                .or(() -> environment.get("AWS_PROFILE"))
                .orElse("default");
        LOG.fine(() -> "No profile named; using '" + profile + "'");
        return profile;
    }

    /** Reads one line byte by byte, so that the rest of stdin is left for the command that exec runs. */
    private String readLineFromStdin() {
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
            throw new AssumeRoleException(ErrorKind.MFA_CODE_REQUIRED, null, CliMessages.noCodeOnStdin());
        }
        return code;
    }

    private int exec(RoleSession session, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> childEnvironment = builder.environment();
        childEnvironment.clear();
        childEnvironment.putAll(environment.asMap());
        CredentialEnvironment.VARIABLES_TO_UNSET.forEach(childEnvironment::remove);
        childEnvironment.putAll(CredentialEnvironment.of(session));
        LOG.fine(() -> "Running " + command.get(0) + " with the credentials of profile " + session.profile());

        Process process;
        try {
            process = builder.start();
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
            process.destroy();
            Thread.currentThread().interrupt();
            return ExitCodes.INTERNAL;
        }
    }

    private static String version() {
        String version = CommandLineTool.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
