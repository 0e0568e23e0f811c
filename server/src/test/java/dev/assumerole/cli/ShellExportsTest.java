package dev.assumerole.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.assumerole.credentials.RoleSession;
import dev.assumerole.credentials.TemporaryCredentials;
import dev.assumerole.testing.MotoServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shell statements of {@code assume}: quoting checked by the real shells where they are installed. */
class ShellExportsTest {
    /** A value with every character that breaks naive quoting. */
    private static final String AWKWARD = "it's a \"test\" with $HOME, `id`, \\n, ; | & * ? ~ and \u2019 quotes";

    private static final Map<String, String> ENVIRONMENT = Map.of("AWS_ASSUME_ROLE_PROFILE", AWKWARD);

    private static String runShell(List<String> command, String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    @Test
    void posixQuotingSurvivesBash() throws Exception {
        String script = "export AWS_PROFILE=old AWS_DEFAULT_PROFILE=old\n"
                + ShellExports.bash(ENVIRONMENT, List.of("AWS_PROFILE", "AWS_DEFAULT_PROFILE"))
                + "printf '%s|' \"$AWS_ASSUME_ROLE_PROFILE\" \"${AWS_PROFILE-unset}\" "
                + "\"${AWS_DEFAULT_PROFILE-unset}\"\n";

        assertThat(runShell(List.of("bash", "-s"), script)).isEqualTo(AWKWARD + "|unset|unset|");
    }

    @Test
    void posixExportsWorkThroughUnquotedEval() throws Exception {
        String exports = ShellExports.bash(Map.of("AWS_REGION", "eu-west-1", "AWS_ACCESS_KEY_ID", "ASIAEXAMPLE"),
                List.of("AWS_PROFILE"));
        String script = "eval $(cat <<'EOF'\n" + exports + "EOF\n)\n"
                + "printf '%s|' \"$AWS_REGION\" \"$AWS_ACCESS_KEY_ID\"\n";

        assertThat(runShell(List.of("bash", "-s"), script)).isEqualTo("eu-west-1|ASIAEXAMPLE|");
    }

    @Test
    void fishQuotingSurvivesFish() throws Exception {
        assumeTrue(MotoServer.findOnPath("fish").isPresent(), "fish is not installed");
        String script = "set -gx AWS_PROFILE old\n"
                + ShellExports.fish(ENVIRONMENT, List.of("AWS_PROFILE", "AWS_DEFAULT_PROFILE"))
                + "printf '%s|' \"$AWS_ASSUME_ROLE_PROFILE\"\nset -q AWS_PROFILE; or printf 'unset|'\n";

        assertThat(runShell(List.of("fish", "--no-config", "-c", "source"), script)).isEqualTo(AWKWARD + "|unset|");
    }

    @Test
    void fishEscapesBackslashAndQuote() {
        assertThat(ShellExports.quoteFish("a\\'b")).isEqualTo("'a\\\\\\'b'");
    }

    @Test
    void powerShellDoublesEveryKindOfSingleQuote() {
        assertThat(ShellExports.quotePowerShell("it's \u2019x\u2018 $Env:HOME"))
                .isEqualTo("'it''s \u2019\u2019x\u2018\u2018 $Env:HOME'");
    }

    @Test
    void powerShellRemovesProfileVariables() {
        String script = ShellExports.powershell(Map.of("AWS_REGION", "eu-west-1"), List.of("AWS_PROFILE"));

        assertThat(script).isEqualTo("Remove-Item Env:AWS_PROFILE -ErrorAction SilentlyContinue\n"
                + "$Env:AWS_REGION = 'eu-west-1'\n");
    }

    @Test
    void jsonHoldsSessionEnvironmentAndVariablesToUnset() {
        RoleSession session = new RoleSession("admin", "arn:aws:iam::123456789012:role/admin",
                "arn:aws:sts::123456789012:assumed-role/admin/alice", "123456789012", "alice", "eu-west-1",
                Instant.parse("2030-01-01T00:00:00Z"),
                new TemporaryCredentials("ASIAEXAMPLE", "secret", "token", Instant.parse("2030-01-01T00:00:00Z")));

        JsonObject json = JsonParser.parseString(ShellExports.render(session, ShellExports.Format.JSON))
                .getAsJsonObject();

        assertThat(json.getAsJsonObject("session").get("expiration").getAsString())
                .isEqualTo("2030-01-01T00:00:00Z");
        assertThat(json.getAsJsonObject("session").get("assumedRoleArn").getAsString())
                .isEqualTo("arn:aws:sts::123456789012:assumed-role/admin/alice");
        assertThat(json.getAsJsonObject("session").has("credentials")).isFalse();
        assertThat(json.getAsJsonObject("environment").get("AWS_SESSION_TOKEN").getAsString()).isEqualTo("token");
        assertThat(json.getAsJsonObject("environment").get("AWS_REGION").getAsString()).isEqualTo("eu-west-1");
        assertThat(json.getAsJsonArray("unset")).hasSize(2);
    }

    @Test
    void formatNamesIgnoreCase() {
        assertThat(ShellExports.Format.parse("Fish")).isEqualTo(ShellExports.Format.FISH);
        assertThat(ShellExports.Format.parse("zsh")).isNull();
    }

    private static RoleSession sessionWithoutRegion() {
        return new RoleSession("plain", "arn:aws:iam::123456789012:role/plain",
                "arn:aws:sts::123456789012:assumed-role/plain/alice", "123456789012", "alice", null,
                Instant.parse("2030-01-01T00:00:00Z"),
                new TemporaryCredentials("ASIAEXAMPLE", "secret", "token", Instant.parse("2030-01-01T00:00:00Z")));
    }

    @Test
    void sessionWithoutRegionUnsetsEarlierRegionInBash() throws Exception {
        String script = "export AWS_REGION=eu-west-1 AWS_DEFAULT_REGION=eu-west-1\n"
                + ShellExports.render(sessionWithoutRegion(), ShellExports.Format.BASH)
                + "printf '%s|' \"${AWS_REGION-unset}\" \"${AWS_DEFAULT_REGION-unset}\" \"$AWS_ASSUME_ROLE_PROFILE\"\n";

        assertThat(runShell(List.of("bash", "-s"), script)).isEqualTo("unset|unset|plain|");
    }

    @Test
    void sessionWithoutRegionUnsetsRegionInEveryFormat() {
        RoleSession session = sessionWithoutRegion();

        assertThat(ShellExports.render(session, ShellExports.Format.BASH))
                .startsWith("unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_REGION AWS_DEFAULT_REGION;\n");
        assertThat(ShellExports.render(session, ShellExports.Format.FISH))
                .contains("set -e AWS_REGION 2>/dev/null;\n").contains("set -e AWS_DEFAULT_REGION 2>/dev/null;\n");
        assertThat(ShellExports.render(session, ShellExports.Format.POWERSHELL))
                .contains("Remove-Item Env:AWS_REGION -ErrorAction SilentlyContinue\n")
                .contains("Remove-Item Env:AWS_DEFAULT_REGION -ErrorAction SilentlyContinue\n");
        JsonObject json = JsonParser.parseString(ShellExports.render(session, ShellExports.Format.JSON))
                .getAsJsonObject();
        assertThat(json.getAsJsonArray("unset").toString())
                .isEqualTo("[\"AWS_PROFILE\",\"AWS_DEFAULT_PROFILE\",\"AWS_REGION\",\"AWS_DEFAULT_REGION\"]");
    }
}
