package dev.assumerole.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Splitting of credential_process command lines, compared with Python's shlex.split in POSIX mode. */
class CommandLineSplitterTest {

    @Test
    void splitsOnWhitespace() {
        assertThat(CommandLineSplitter.split("  aws-vault  export\t--format=json dev "))
                .containsExactly("aws-vault", "export", "--format=json", "dev");
    }

    @Test
    void singleQuotesKeepJsonLiterally() {
        assertThat(CommandLineSplitter.split("printf '{\"Version\": 1, \"A\": \"b c\"}'"))
                .containsExactly("printf", "{\"Version\": 1, \"A\": \"b c\"}");
    }

    @Test
    void doubleQuotesUnescapeOnlyQuoteAndBackslash() {
        assertThat(CommandLineSplitter.split("tool \"a \\\"b\\\" \\\\ \\n $HOME\""))
                .containsExactly("tool", "a \"b\" \\ \\n $HOME");
    }

    @Test
    void backslashOutsideQuotesKeepsNextCharacter() {
        assertThat(CommandLineSplitter.split("my\\ tool a\\'b")).containsExactly("my tool", "a'b");
    }

    @Test
    void adjacentQuotedPartsJoinIntoOneArgument() {
        assertThat(CommandLineSplitter.split("--name='a b'\"c\"d")).containsExactly("--name=a bcd");
    }

    @Test
    void emptyQuotesAreAnEmptyArgument() {
        assertThat(CommandLineSplitter.split("tool '' \"\"")).containsExactly("tool", "", "");
    }

    @Test
    void shellOperatorsAreOrdinaryArguments() {
        assertThat(CommandLineSplitter.split("cat file | grep x; echo $(id)"))
                .containsExactly("cat", "file", "|", "grep", "x;", "echo", "$(id)");
    }

    @Test
    void unclosedQuotesAreRejected() {
        assertThatThrownBy(() -> CommandLineSplitter.split("printf '{")).hasMessageContaining("single quote");
        assertThatThrownBy(() -> CommandLineSplitter.split("printf \"{")).hasMessageContaining("double quote");
        assertThatThrownBy(() -> CommandLineSplitter.split("printf \\")).hasMessageContaining("backslash");
    }
}
