package dev.assumerole.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class MessageRedactorTest {

    @Test
    void secretMembersAreRedactedAtAnyDepth() {
        String json = """
                {"jsonrpc":"2.0","id":1,"result":{"environment":{"AWS_SECRET_ACCESS_KEY":"s3cr3t",
                "AWS_SESSION_TOKEN":"t0ken","AWS_REGION":"eu-west-1"},
                "list":[{"credentials":{"secretAccessKey":"s3cr3t","sessionToken":"t0ken"}}]}}""";

        String redacted = MessageRedactor.redact(json);

        assertThat(redacted).doesNotContain("s3cr3t", "t0ken");
        assertThat(redacted).contains("\"AWS_SECRET_ACCESS_KEY\":\"<redacted>\"", "\"sessionToken\":\"<redacted>\"");
        assertThat(redacted).contains("\"AWS_REGION\":\"eu-west-1\"");
    }

    @Test
    void tokenCodeIsRedacted() {
        String redacted = MessageRedactor.redact(
                "{\"method\":\"aws/assumeRole\",\"params\":{\"profile\":\"admin\",\"tokenCode\":\"123456\"}}");

        assertThat(redacted).doesNotContain("123456");
        assertThat(redacted).contains("\"tokenCode\":\"<redacted>\"", "\"profile\":\"admin\"");
    }

    @Test
    void numericTokenCodeIsRedacted() {
        String redacted = MessageRedactor.redact("{\"params\":{\"tokenCode\":123456}}");

        assertThat(redacted).doesNotContain("123456");
    }

    @Test
    void accessKeyIdsKeepLastFourCharacters() {
        String redacted = MessageRedactor.redact(
                "{\"AWS_ACCESS_KEY_ID\":\"ASIAEXAMPLE1234ABCD\",\"accessKeyId\":\"AKIAEXAMPLE9876WXYZ\"}");

        assertThat(redacted).doesNotContain("ASIAEXAMPLE", "AKIAEXAMPLE");
        assertThat(redacted).contains("\"AWS_ACCESS_KEY_ID\":\"****ABCD\"", "\"accessKeyId\":\"****WXYZ\"");
    }

    @Test
    void objectValuedSecretIsRedactedWhole() {
        String redacted = MessageRedactor.redact("{\"sessionToken\":{\"value\":\"t0ken\"}}");

        assertThat(redacted).isEqualTo("{\"sessionToken\":\"<redacted>\"}");
    }

    @Test
    void nullSecretStaysNull() {
        assertThat(MessageRedactor.redact("{\"tokenCode\":null}")).isEqualTo("{\"tokenCode\":null}");
    }

    @Test
    void textThatIsNotJsonIsLeftOut() {
        String redacted = MessageRedactor.redact("tokenCode=123456 {");

        assertThat(redacted).doesNotContain("123456").contains("not valid JSON");
    }

    @Test
    void originalElementIsUnchanged() {
        JsonObject original = JsonParser.parseString("{\"tokenCode\":\"123456\"}").getAsJsonObject();

        MessageRedactor.redact(original);

        assertThat(original.get("tokenCode").getAsString()).isEqualTo("123456");
    }
}
