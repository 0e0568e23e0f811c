package dev.assumerole.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParsedArgumentsTest {

    @Test
    void assumeReadsEveryOption() {
        ParsedArguments parsed = ParsedArguments.parse(new String[] {
            "assume", "admin", "--token-code", "123456", "--duration=7200", "--format", "fish", "--verbose"});

        assertThat(parsed.verb()).isEqualTo(ParsedArguments.Verb.ASSUME);
        assertThat(parsed.profile()).isEqualTo("admin");
        assertThat(parsed.tokenCode()).isEqualTo("123456");
        assertThat(parsed.durationSeconds()).isEqualTo(7200);
        assertThat(parsed.format()).isEqualTo(ShellExports.Format.FISH);
        assertThat(parsed.verbose()).isTrue();
    }

    @Test
    void execKeepsEverythingAfterSeparatorAsCommand() {
        ParsedArguments parsed = ParsedArguments.parse(new String[] {
            "exec", "admin", "--token-code", "-", "--", "aws", "--profile", "x", "--", "--help"});

        assertThat(parsed.tokenCode()).isEqualTo("-");
        assertThat(parsed.command()).containsExactly("aws", "--profile", "x", "--", "--help");
        assertThat(parsed.verb()).isEqualTo(ParsedArguments.Verb.EXEC);
    }

    @Test
    void profileIsOptional() {
        assertThat(ParsedArguments.parse(new String[] {"assume", "--format", "json"}).profile()).isNull();
    }

    @Test
    void helpAndVersionWinAnywhere() {
        assertThat(ParsedArguments.parse(new String[] {}).verb()).isEqualTo(ParsedArguments.Verb.HELP);
        assertThat(ParsedArguments.parse(new String[] {"assume", "--help"}).verb())
                .isEqualTo(ParsedArguments.Verb.HELP);
        assertThat(ParsedArguments.parse(new String[] {"--version"}).verb()).isEqualTo(ParsedArguments.Verb.VERSION);
    }

    @Test
    void badCommandLinesAreUsageErrors() {
        assertThatThrownBy(() -> ParsedArguments.parse(new String[] {"exec", "admin"}))
                .isInstanceOf(UsageException.class).hasMessageContaining("needs a command");
        assertThatThrownBy(() -> ParsedArguments.parse(new String[] {"exec", "admin", "aws"}))
                .isInstanceOf(UsageException.class).hasMessageContaining("--");
        assertThatThrownBy(() -> ParsedArguments.parse(new String[] {"assume", "admin", "--duration", "1h"}))
                .isInstanceOf(UsageException.class).hasMessageContaining("'1h'");
        assertThatThrownBy(() -> ParsedArguments.parse(new String[] {"assume", "admin", "--format", "zsh"}))
                .isInstanceOf(UsageException.class).hasMessageContaining("'zsh'");
        assertThatThrownBy(() -> ParsedArguments.parse(new String[] {"assume", "admin", "--token-code"}))
                .isInstanceOf(UsageException.class).hasMessageContaining("--token-code");
        assertThatThrownBy(() -> ParsedArguments.parse(new String[] {"profiles", "--format", "json"}))
                .isInstanceOf(UsageException.class).hasMessageContaining("--format");
        assertThatThrownBy(() -> ParsedArguments.parse(new String[] {"assume", "a", "b"}))
                .isInstanceOf(UsageException.class).hasMessageContaining("'b'");
        assertThatThrownBy(() -> ParsedArguments.parse(new String[] {"login"}))
                .isInstanceOf(UsageException.class).hasMessageContaining("'login'");
    }
}
