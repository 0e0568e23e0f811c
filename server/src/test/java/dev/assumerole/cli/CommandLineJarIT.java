package dev.assumerole.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.assumerole.testing.CaseFiles;
import dev.assumerole.testing.MotoServer;
import dev.assumerole.testing.Processes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as a user runs it, in a child process against moto on 127.0.0.1, with the pip AWS CLI v1 as
 * a real consumer of the credentials. The child gets a clean environment: no inherited AWS variable.
 */
@ExtendWith(MotoServer.class)
class CommandLineJarIT {
    private static final String CODE = "731904";
    private static final String STATIC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final Pattern EXPORT = Pattern.compile("export (\\w+)='([^']*)';");

    private static Path awsCli;

    @TempDir
    Path home;

    record Result(int exit, String stdout, String stderr) {
    }

    @BeforeAll
    static void findPipAwsCli() throws Exception {
        Optional<Path> found = MotoServer.findOnPath("aws").filter(path -> !path.startsWith("/usr/bin"));
        String reason = "the pip AWS CLI v1 is not on PATH ahead of /usr/bin; install it with pip install awscli";
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        Process version = new ProcessBuilder(found.get().toString(), "--version").redirectErrorStream(true).start();
        String output = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        version.waitFor(30, TimeUnit.SECONDS);
        assertThat(output).as("aws --version must be the CLI v1, which honours AWS_ENDPOINT_URL_STS")
                .startsWith("aws-cli/1.");
        awsCli = found.get();
    }

    private Map<String, String> environment(String folder, MotoServer moto) {
        Map<String, String> variables = new HashMap<>();
        variables.put("PATH", awsCli.getParent() + ":/usr/local/bin:/usr/bin:/bin");
        variables.put("HOME", home.toString());
        variables.put("AWS_EC2_METADATA_DISABLED", "true");
        variables.put("AWS_ENDPOINT_URL_STS", moto.endpoint().toString());
        variables.put("AWS_CONFIG_FILE", CaseFiles.folder(folder).resolve("config").toString());
        variables.put("AWS_SHARED_CREDENTIALS_FILE", CaseFiles.folder(folder).resolve("credentials").toString());
        Optional.ofNullable(System.getenv("PYENV_ROOT")).ifPresent(root -> variables.put("PYENV_ROOT", root));
        return variables;
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>();
        // setsid detaches the child from any controlling terminal, so it can never stop to ask for a code.
        MotoServer.findOnPath("setsid").ifPresent(setsid -> command.add(setsid.toString()));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(System.getProperty("assumeRole.jar", "target/assume-role-server.jar"));
        command.addAll(List.of(args));
        return command;
    }

    private static Result run(Map<String, String> variables, String stdin, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(javaCommand(args));
        builder.environment().clear();
        builder.environment().putAll(variables);
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        var stderr = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        String stdout = readAll(process.getInputStream());
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the jar did not exit within 120 s");
        }
        return new Result(process.exitValue(), stdout, stderr.join());
    }

    private static String readAll(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException closed) {
            return "";
        }
    }

    @Test
    void execRunsAwsCliWithAssumedRole(MotoServer moto) throws Exception {
        Result result = run(environment("02-crlf-line-endings", moto), "",
                "exec", "admin", "--token-code", "123456", "--", awsCli.toString(), "sts", "get-caller-identity");

        assertThat(result.exit()).as(result.stderr()).isZero();
        JsonObject identity = JsonParser.parseString(result.stdout()).getAsJsonObject();
        String arn = identity.get("Arn").getAsString();
        String prefix = "arn:aws:sts::123456789012:assumed-role/admin/";
        assertThat(arn).startsWith(prefix);
        // Other tests share the moto server, so the call is picked by the session name the identity shows.
        String assumeCall = moto.recordedBodies().stream().filter(body -> body.contains("Action=AssumeRole"))
                .filter(body -> body.contains("RoleSessionName=" + arn.substring(prefix.length())))
                .findFirst().orElseThrow();
        Matcher sessionName = Pattern.compile("RoleSessionName=([^&]+)").matcher(assumeCall);
        assertThat(sessionName.find()).isTrue();
        assertThat(sessionName.group(1)).endsWith("Z").contains("-20");
        assertThat(assumeCall).contains("TokenCode=123456")
                .contains("SerialNumber=arn:aws:iam::123456789012:mfa/alice");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void execRemovesProfileVariablesAndReturnsExitStatus(MotoServer moto) throws Exception {
        Map<String, String> variables = environment("02-crlf-line-endings", moto);
        variables.put("AWS_PROFILE", "default");
        variables.put("AWS_DEFAULT_PROFILE", "default");

        Result result = run(variables, "", "exec", "admin", "--token-code", CODE, "--", "sh", "-c",
                "echo \"${AWS_PROFILE-unset} ${AWS_DEFAULT_PROFILE-unset} $AWS_REGION $AWS_ASSUME_ROLE_PROFILE\"; "
                        + "exit 7");

        assertThat(result.exit()).isEqualTo(7);
        assertThat(result.stdout()).isEqualTo("unset unset eu-west-1 admin\n");
    }

    @Test
    void execLeavesRestOfStdinToCommand(MotoServer moto) throws Exception {
        Result result = run(environment("02-crlf-line-endings", moto), CODE + "\nfor-the-command\n",
                "exec", "admin", "--token-code", "-", "--", "sh", "-c", "read line; echo \"got $line\"");

        assertThat(result.exit()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEqualTo("got for-the-command\n");
    }

    @Test
    void execWithMissingCommandFailsClearly(MotoServer moto) throws Exception {
        Result missing = run(environment("02-crlf-line-endings", moto), "", "exec", "admin", "--token-code", CODE,
                "--", "no-such-command-here");
        Result empty = run(environment("02-crlf-line-endings", moto), "", "exec", "admin", "--token-code", CODE,
                "--");

        assertThat(missing.exit()).isEqualTo(ExitCodes.COMMAND_NOT_FOUND);
        assertThat(missing.stderr()).hasLineCount(1).contains("no-such-command-here").contains("not found");
        assertThat(empty.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.stderr()).hasLineCount(1).contains("needs a command");
    }

    @Test
    void withoutTerminalOrCodeItSaysToPassTokenCode(MotoServer moto) throws Exception {
        Result result = run(environment("02-crlf-line-endings", moto), "", "assume", "admin");

        assertThat(result.exit()).isEqualTo(ExitCodes.MFA);
        assertThat(result.stderr()).hasLineCount(1).contains("--token-code").contains("'admin'");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void noOutputButTheExportsHoldsASecret(MotoServer moto) throws Exception {
        Map<String, String> variables = environment("24-mfa-with-credential-process-source", moto);
        Result assume = run(variables, CODE + "\n", "assume", "role", "--token-code", "-", "--verbose");
        assertThat(assume.exit()).as(assume.stderr()).isZero();
        Map<String, String> exports = new HashMap<>();
        Matcher export = EXPORT.matcher(assume.stdout());
        while (export.find()) {
            exports.put(export.group(1), export.group(2));
        }
        String secret = exports.get("AWS_SECRET_ACCESS_KEY");
        String token = exports.get("AWS_SESSION_TOKEN");
        assertThat(secret).isNotBlank();
        assertThat(token).isNotBlank();

        Path leaked = home.resolve("exec-secret");
        Result exec = run(variables, "", "exec", "role", "--token-code", CODE, "--verbose", "--", "sh", "-c",
                "printf %s \"$AWS_SECRET_ACCESS_KEY\" > " + leaked);
        Result json = run(variables, "", "assume", "role", "--token-code", CODE, "--format", "json", "--verbose");
        Result profiles = run(variables, "", "profiles", "--json", "--verbose");
        String execSecret = Files.readString(leaked);

        List<String> outputs = List.of(assume.stderr(), exec.stdout(), exec.stderr(), json.stderr(),
                profiles.stdout(), profiles.stderr());
        assertThat(assume.stderr()).contains("[info]");
        assertThat(exec.exit()).isZero();
        for (String output : outputs) {
            assertThat(output).doesNotContain(secret).doesNotContain(token).doesNotContain(execSecret)
                    .doesNotContain(STATIC_SECRET).doesNotContain(CODE);
        }
    }

    /**
     * Without any endpoint variable the SDK would call the real STS unless it honours {@code endpoint_url}, so
     * this test runs moto and the jar together in a network namespace that holds only loopback.
     */
    @Test
    void endpointUrlInProfileIsUsed() throws Exception {
        Optional<Path> unshare = MotoServer.findOnPath("unshare");
        Optional<Path> motoServer = MotoServer.findOnPath("moto_server");
        boolean isolated = unshare.isPresent() && motoServer.isPresent() && new ProcessBuilder(unshare.get().toString(),
                "-n", "true").start().waitFor() == 0;
        if (!isolated && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("unshare -n (as root) and moto_server are needed to test endpoint_url in isolation");
        }
        assumeTrue(isolated, "unshare -n needs root; endpoint_url is tested only in a loopback-only namespace");

        int port = 47000 + (int) (ProcessHandle.current().pid() % 1000);
        Path config = home.resolve("config");
        Files.writeString(config, "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/admin\n"
                + "source_profile = dev\nregion = eu-west-1\nendpoint_url = http://127.0.0.1:" + port + "\n");
        Path credentials = home.resolve("credentials");
        Files.writeString(credentials, "[dev]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                + "aws_secret_access_key = " + STATIC_SECRET + "\n");
        String script = "ip link set lo up\n"
                + motoServer.get() + " -H 127.0.0.1 -p " + port + " > " + home.resolve("moto.log") + " 2>&1 &\n"
                + "moto=$!\n"
                + "for attempt in $(seq 1 300); do\n"
                + "  (exec 3<>/dev/tcp/127.0.0.1/" + port + ") 2>/dev/null && break\n"
                + "  sleep 0.1\n"
                + "done\n"
                + "\"" + Path.of(System.getProperty("java.home"), "bin", "java") + "\" -jar \""
                + System.getProperty("assumeRole.jar", "target/assume-role-server.jar")
                + "\" assume admin --format json\n"
                + "status=$?\nkill $moto\nwait $moto\nexit $status\n";
        ProcessBuilder builder = new ProcessBuilder(unshare.get().toString(), "-n", "--", "bash", "-c", script);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin");
        builder.environment().put("HOME", home.toString());
        builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        builder.environment().put("AWS_CONFIG_FILE", config.toString());
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
        Optional.ofNullable(System.getenv("PYENV_ROOT"))
                .ifPresent(root -> builder.environment().put("PYENV_ROOT", root));
        Process process = builder.redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = readAll(process.getInputStream());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        JsonObject session = JsonParser.parseString(output).getAsJsonObject().getAsJsonObject("session");
        assertThat(session.get("assumedRoleArn").getAsString())
                .startsWith("arn:aws:sts::123456789012:assumed-role/admin/");
    }

    @Test
    void versionComesFromTheManifest(MotoServer moto) throws Exception {
        Result result = run(environment("02-crlf-line-endings", moto), "", "--version");

        assertThat(result.exit()).isZero();
        assertThat(result.stdout()).matches("assume-role \\d+\\.\\d+\\.\\d+.*\\n");
    }

    @Test
    void execWithDashLeavesEveryLaterLineToCat(MotoServer moto) throws Exception {
        Result result = run(environment("02-crlf-line-endings", moto), "123456\nhello\nworld\n",
                "exec", "admin", "--token-code", "-", "--", "cat");

        assertThat(result.exit()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEqualTo("hello\nworld\n");
    }

    @Test
    void sigtermToExecStopsTheCommand(MotoServer moto) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(javaCommand("exec", "plain", "--", "sleep", "600"));
        builder.environment().clear();
        builder.environment().putAll(environment("../profiles/errors", moto));
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process java = builder.start();
        try {
            ProcessHandle sleep = pollFor(() -> java.descendants()
                    .filter(handle -> handle.info().command().orElse("").endsWith("/sleep"))
                    .findFirst());

            java.destroy();

            assertThat(java.waitFor(60, TimeUnit.SECONDS)).as("java exits after SIGTERM").isTrue();
            assertThat(java.exitValue()).isEqualTo(143);
            assertThat(Processes.waitUntilStopped(sleep.pid(), Duration.ofSeconds(30)))
                    .as("the command is stopped with the JVM").isTrue();
        } finally {
            java.descendants().forEach(ProcessHandle::destroyForcibly);
            java.destroyForcibly();
        }
    }

    /** Polls every 50 ms, for up to 60 s, until the supplier finds something; fails the test otherwise. */
    private static <T> T pollFor(java.util.function.Supplier<Optional<T>> supplier) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Optional<T> found = supplier.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        return fail("nothing found within 60 s");
    }

    @Test
    void outputIsUtf8WithoutLocale(@TempDir Path files, MotoServer moto) throws Exception {
        Files.writeString(files.resolve("config"), "[profile caf\u00e9]\nregion = eu-west-1\n",
                StandardCharsets.UTF_8);
        Map<String, String> variables = environment("02-crlf-line-endings", moto);
        variables.put("AWS_CONFIG_FILE", files.resolve("config").toString());
        variables.remove("LANG");
        variables.remove("LC_ALL");

        Result result = run(variables, "", "profiles");

        assertThat(result.exit()).isZero();
        assertThat(result.stdout()).contains("Profile name 'caf\u00e9'").contains("contains '\u00e9'");
    }

    @Test
    void endpointVariableThatIsNotUrlIsNamed(MotoServer moto) throws Exception {
        Map<String, String> variables = environment("02-crlf-line-endings", moto);
        variables.put("AWS_ENDPOINT_URL_STS", "not a url");

        Result result = run(variables, "", "assume", "admin", "--token-code", CODE);

        assertThat(result.exit()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(result.stderr()).hasLineCount(1)
                .contains("AWS_ENDPOINT_URL_STS = 'not a url' is not an http or https URL");
    }

    @Test
    void homeVariableLocatesTheFiles(MotoServer moto) throws Exception {
        Map<String, String> variables = environment("02-crlf-line-endings", moto);
        variables.remove("AWS_CONFIG_FILE");
        variables.remove("AWS_SHARED_CREDENTIALS_FILE");

        Result result = run(variables, "", "profiles");

        assertThat(result.exit()).isZero();
        assertThat(result.stdout()).contains("Config file:      " + home.resolve(".aws").resolve("config"));
    }

    @Test
    void sigtermDuringCredentialProcessStopsItsTree(@TempDir Path files, MotoServer moto) throws Exception {
        Path pidFile = files.resolve("child.pid");
        Path script = files.resolve("hang.sh");
        Files.writeString(script, "#!/bin/sh\nsleep 600 &\necho $! > " + pidFile + "\nwait\n");
        script.toFile().setExecutable(true);
        Files.writeString(files.resolve("config"), "[profile hang]\ncredential_process = " + script + "\n\n"
                + "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = hang\n");
        Map<String, String> variables = environment("02-crlf-line-endings", moto);
        variables.put("AWS_CONFIG_FILE", files.resolve("config").toString());
        ProcessBuilder builder = new ProcessBuilder(javaCommand("assume", "role"));
        builder.environment().clear();
        builder.environment().putAll(variables);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process java = builder.start();
        try {
            long sleepPid = pollFor(() -> readPid(pidFile));

            java.destroy();

            assertThat(java.waitFor(60, TimeUnit.SECONDS)).as("java exits after SIGTERM").isTrue();
            assertThat(Processes.waitUntilStopped(sleepPid, Duration.ofSeconds(30)))
                    .as("the credential_process's child is stopped with the JVM").isTrue();
        } finally {
            java.descendants().forEach(ProcessHandle::destroyForcibly);
            java.destroyForcibly();
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            String text = Files.readString(file).trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (IOException notYet) {
            return Optional.empty();
        }
    }
}
