package dev.assumerole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.assumerole.config.Environment;
import dev.assumerole.testing.CaseFiles;
import dev.assumerole.testing.StsStub;
import dev.assumerole.testing.TestCore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verbs run in this JVM against a scripted STS, with a fake terminal and captured streams. */
class CommandLineToolTest {
    private static final String CODE = "731904";

    private StsStub sts;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final List<String> prompts = new ArrayList<>();

    @BeforeEach
    void startStub() {
        sts = StsStub.start();
        sts.answerAssumeRole("arn:aws:sts::123456789012:assumed-role/admin/session");
    }

    @AfterEach
    void stopStub() {
        sts.close();
    }

    private int run(String folder, Map<String, String> variables, String stdin, Optional<String> typed,
            String... args) {
        Path path = CaseFiles.folder(folder);
        Environment environment = CaseFiles.environment(path, variables);
        Terminal terminal = prompt -> {
            prompts.add(prompt);
            return typed;
        };
        CommandLineTool tool = new CommandLineTool(environment,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8),
                terminal, CaseFiles.repository(path), TestCore.assumer(path, sts.endpoint(), variables));
        return tool.execute(args);
    }

    private int run(String folder, String... args) {
        return run(folder, Map.of(), "", Optional.empty(), args);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void profilesTableListsKindsAndProblems() {
        int exit = run("06-unprefixed-section-in-config", "profiles");

        assertThat(exit).isZero();
        assertThat(out()).contains("PROFILE").contains("dev      staticKeys")
                .contains("! Section [dev] on line 4").contains("Problems with the files:");
        assertThat(out()).doesNotContain("wJalrXUtnFEMI").doesNotContain("AKIAIOSFODNN7EXAMPLE");
        assertThat(err()).isEmpty();
    }

    @Test
    void profilesJsonHasTheListingShape() {
        run("02-crlf-line-endings", "profiles", "--json");

        JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
        assertThat(json.get("configFile").getAsString()).endsWith("02-crlf-line-endings/config");
        assertThat(json.getAsJsonArray("profiles")).hasSize(2);
        JsonObject admin = json.getAsJsonArray("profiles").get(0).getAsJsonObject();
        assertThat(admin.get("name").getAsString()).isEqualTo("admin");
        assertThat(admin.get("kind").getAsString()).isEqualTo("role");
        assertThat(admin.get("region").getAsString()).isEqualTo("eu-west-1");
        assertThat(admin.getAsJsonArray("problems")).isEmpty();
        assertThat(json.getAsJsonArray("problems")).isEmpty();
    }

    @Test
    void assumePrintsBashExportsAndUnsetsProfiles() {
        int exit = run("02-crlf-line-endings", "assume", "admin", "--token-code", CODE);

        assertThat(exit).isZero();
        assertThat(out()).startsWith("unset AWS_PROFILE AWS_DEFAULT_PROFILE;\n")
                .contains("export AWS_ACCESS_KEY_ID='" + StsStub.TEMPORARY_KEY_ID + "';\n")
                .contains("export AWS_SESSION_TOKEN='" + StsStub.TEMPORARY_TOKEN + "';\n")
                .contains("export AWS_REGION='eu-west-1';\n")
                .contains("export AWS_ASSUME_ROLE_PROFILE='admin';\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void missingCodeIsAskedOnTheTerminal() {
        int exit = run("02-crlf-line-endings", Map.of(), "", Optional.of(CODE), "assume", "admin");

        assertThat(exit).isZero();
        assertThat(prompts).singleElement().asString().contains("'admin'")
                .contains("arn:aws:iam::123456789012:mfa/alice");
        assertThat(sts.calls()).singleElement().satisfies(call -> assertThat(call.parameters())
                .containsEntry("TokenCode", CODE));
    }

    @Test
    void missingCodeWithoutTerminalSaysToPassIt() {
        int exit = run("02-crlf-line-endings", "assume", "admin");

        assertThat(exit).isEqualTo(ExitCodes.MFA);
        assertThat(err()).contains("--token-code").contains("no terminal").hasLineCount(1);
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void dashReadsTheCodeFromStdin() {
        int exit = run("02-crlf-line-endings", Map.of(), CODE + "\nrest", Optional.empty(),
                "assume", "admin", "--token-code", "-", "--format", "json");

        assertThat(exit).isZero();
        assertThat(sts.calls()).singleElement().satisfies(call -> assertThat(call.parameters())
                .containsEntry("TokenCode", CODE));
        JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
        assertThat(json.getAsJsonObject("session").get("profile").getAsString()).isEqualTo("admin");
    }

    @Test
    void defaultProfileFollowsBotocoreOrder() {
        run("18-aws-default-profile-vs-aws-profile", Map.of("AWS_PROFILE", "prod", "AWS_DEFAULT_PROFILE", "dev"),
                "", Optional.empty(), "assume");
        assertThat(err()).contains("'dev'").contains("no role_arn");

        stderr.reset();
        int exit = run("18-aws-default-profile-vs-aws-profile", Map.of("AWS_PROFILE", "prod"), "",
                Optional.empty(), "assume");
        assertThat(exit).isZero();
        assertThat(sts.calls()).singleElement().satisfies(call -> {
            assertThat(call.parameters()).containsEntry("RoleArn", "arn:aws:iam::123456789012:role/admin");
            assertThat(call.signingRegion()).isEqualTo("eu-west-1");
        });
    }

    @Test
    void explicitProfileWinsOverVariables() {
        int exit = run("18-aws-default-profile-vs-aws-profile", Map.of("AWS_DEFAULT_PROFILE", "dev"), "",
                Optional.empty(), "assume", "prod");

        assertThat(exit).isZero();
        assertThat(out()).contains("AWS_ASSUME_ROLE_PROFILE='prod'");
    }

    @Test
    void chainedCapIsOneNoticeLineOnStderr() {
        int exit = run("21-role-chaining-duration", "assume", "sandbox-admin", "--token-code", CODE);

        assertThat(exit).isZero();
        assertThat(err()).hasLineCount(1).contains("one hour").contains("7200");
    }

    @Test
    void failuresAreOneLineWithTheirExitCode() {
        assertThat(run("12-source-profile-cycle", "assume", "alice")).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(err()).hasLineCount(1).contains("alice -> prod -> dev -> alice");

        stderr.reset();
        assertThat(run("20-duration-seconds-over-max", "assume", "alice-missing")).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(err()).hasLineCount(1).contains("was not found");

        stderr.reset();
        assertThat(run("02-crlf-line-endings", "assume", "admin", "--token-code", "12")).isEqualTo(
                ExitCodes.INVALID_INPUT);
        assertThat(err()).hasLineCount(1).contains("six digits");

        stderr.reset();
        assertThat(run("02-crlf-line-endings", "assume", "admin", "--nope")).isEqualTo(ExitCodes.USAGE);
        assertThat(err()).hasLineCount(1).contains("--nope");

        stderr.reset();
        sts.answerError(403, "Sender", "AccessDenied",
                "MultiFactorAuthentication failed with invalid MFA one time pass code.");
        assertThat(run("02-crlf-line-endings", "assume", "admin", "--token-code", CODE)).isEqualTo(ExitCodes.MFA);
        assertThat(err()).hasLineCount(1).contains("Wait for the next code");
    }

    @Test
    void verboseOutputHoldsNoSecret() {
        int exit = run("24-mfa-with-credential-process-source", "assume", "role", "--token-code", CODE,
                "--format", "json", "--verbose");

        assertThat(exit).isZero();
        assertThat(err()).contains("[info]").contains("credential_process")
                .doesNotContain(CODE)
                .doesNotContain("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
                .doesNotContain(StsStub.TEMPORARY_SECRET)
                .doesNotContain(StsStub.TEMPORARY_TOKEN)
                .doesNotContain(StsStub.TEMPORARY_KEY_ID)
                .doesNotContain("AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void helpAndVersionPrintToStdout() {
        assertThat(run("02-crlf-line-endings", "--help")).isZero();
        assertThat(out()).contains("Usage:").contains("exec [PROFILE]").contains("Exit codes");

        stdout.reset();
        assertThat(run("02-crlf-line-endings", "--version")).isZero();
        assertThat(out()).startsWith("assume-role ");
    }

    @Test
    void emptyProfileNameIsUsageError() {
        assertThat(run("02-crlf-line-endings", "assume", "")).isEqualTo(ExitCodes.USAGE);
        assertThat(err()).hasLineCount(1).contains("profile name is empty").contains("--help");
    }

    @Test
    void profileWithoutRoleIsConfigurationError() {
        assertThat(run("02-crlf-line-endings", "assume", "default")).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(err()).hasLineCount(1).contains("'default'").contains("no role_arn");
    }

    @Test
    void emptyTokenCodeNamesTheOption() {
        assertThat(run("02-crlf-line-endings", "assume", "admin", "--token-code", "")).isEqualTo(ExitCodes.MFA);
        assertThat(err()).hasLineCount(1).contains("'admin'").contains("--token-code is empty")
                .contains("--token-code CODE").doesNotContain("Enter the code");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void malformedTokenCodeNamesTheOption() {
        for (String code : List.of("12345", "abcdef", "1234567")) {
            stderr.reset();
            assertThat(run("02-crlf-line-endings", "assume", "admin", "--token-code", code))
                    .isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(err()).hasLineCount(1).contains("'admin'").contains("--token-code must be six digits")
                    .contains("--token-code CODE").doesNotContain("Enter the code").doesNotContain(code);
        }
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void emptyStdinForDashNamesTheProfile() {
        int exit = run("02-crlf-line-endings", Map.of(), "", Optional.empty(), "assume", "admin", "--token-code",
                "-");

        assertThat(exit).isEqualTo(ExitCodes.MFA);
        assertThat(err()).hasLineCount(1).contains("'admin'").contains("stdin was empty");
    }

    @Test
    void malformedCodeFromStdinSaysWhereItCameFrom() {
        int exit = run("02-crlf-line-endings", Map.of(), "12\n", Optional.empty(), "assume", "admin",
                "--token-code", "-");

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err()).hasLineCount(1).contains("the code read from stdin must be six digits");
    }

    @Test
    void verboseLevelsAreOrdinaryWords() {
        assertThat(ConsoleLogging.levelName(java.util.logging.Level.FINE)).isEqualTo("debug");
        assertThat(ConsoleLogging.levelName(java.util.logging.Level.FINER)).isEqualTo("trace");
        assertThat(ConsoleLogging.levelName(java.util.logging.Level.INFO)).isEqualTo("info");
        assertThat(ConsoleLogging.levelName(java.util.logging.Level.WARNING)).isEqualTo("warning");
        assertThat(ConsoleLogging.levelName(java.util.logging.Level.SEVERE)).isEqualTo("error");

        run("02-crlf-line-endings", "assume", "admin", "--token-code", CODE, "--debug");
        assertThat(err()).contains("[debug] ").doesNotContain("[fine]");
    }

    @Test
    void helpListsTheShortOptions() {
        assertThat(run("02-crlf-line-endings", "--help")).isZero();
        assertThat(out()).contains("--verbose, -v").contains("--help, -h").contains("--version, -V");
    }
}
