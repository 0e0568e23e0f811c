package dev.assumerole.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {

    private static ClientSettings parse(String json) {
        return ClientSettings.parse(JsonParser.parseString(json));
    }

    @Test
    void readsEveryMember() {
        ClientSettings settings = parse("""
                {"defaultDurationSeconds": 7200, "warningMinutes": 10, "stsEndpoint": "http://127.0.0.1:4566",
                 "logLevel": "debug", "traceMessages": true}""");

        assertThat(settings.defaultDurationSeconds()).contains(7200);
        assertThat(settings.warningMinutes()).contains(10);
        assertThat(settings.stsEndpoint()).contains(Optional.of(URI.create("http://127.0.0.1:4566")));
        assertThat(settings.logLevel()).contains(Level.FINE);
        assertThat(settings.traceMessages()).contains(true);
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void absentMembersChangeNothing() {
        ClientSettings settings = parse("{}");

        assertThat(settings.defaultDurationSeconds()).isEmpty();
        assertThat(settings.stsEndpoint()).isEmpty();
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void emptyEndpointClearsOverride() {
        assertThat(parse("{\"stsEndpoint\": \"\"}").stsEndpoint()).contains(Optional.empty());
        assertThat(parse("{\"stsEndpoint\": null}").stsEndpoint()).contains(Optional.empty());
    }

    @Test
    void invalidMembersAreIgnoredAndDescribed() {
        ClientSettings settings = parse("""
                {"defaultDurationSeconds": 60, "warningMinutes": "x", "stsEndpoint": "not a url",
                 "logLevel": "loud", "traceMessages": "yes"}""");

        assertThat(settings.defaultDurationSeconds()).isEmpty();
        assertThat(settings.warningMinutes()).isEmpty();
        assertThat(settings.stsEndpoint()).isEmpty();
        assertThat(settings.logLevel()).isEmpty();
        assertThat(settings.traceMessages()).isEmpty();
        assertThat(settings.problems()).hasSize(5);
        assertThat(settings.problems().get(0)).contains("defaultDurationSeconds", "900", "43200");
    }

    @Test
    void changeReadsSectionWhenPresent() {
        ClientSettings settings = ClientSettings.parseChange(
                JsonParser.parseString("{\"awsAssumeRole\": {\"warningMinutes\": 3}}"));

        assertThat(settings.warningMinutes()).contains(3);
    }

    @Test
    void changeReadsObjectItselfWithoutSection() {
        ClientSettings settings = ClientSettings.parseChange(JsonParser.parseString("{\"warningMinutes\": 3}"));

        assertThat(settings.warningMinutes()).contains(3);
    }

    @Test
    void settingsThatAreNotObjectAreDescribed() {
        ClientSettings settings = parse("[1]");

        assertThat(settings.problems()).singleElement().asString().contains("JSON object");
    }

    @Test
    void levelNamesIncludeJavaLoggingNames() {
        assertThat(ClientSettings.levelNamed("SEVERE")).isEqualTo(Level.SEVERE);
        assertThat(ClientSettings.levelNamed("all")).isEqualTo(Level.ALL);
        assertThat(ClientSettings.levelNamed("trace")).isEqualTo(Level.FINEST);
    }
}
