package dev.assumerole.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResyncingInputStreamTest {

    private static String frame(String body) {
        return "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static String filter(String input) throws IOException {
        try (ResyncingInputStream stream = new ResyncingInputStream(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void wellFramedMessagesPassUnchanged() throws IOException {
        String input = frame("{\"id\":1}") + frame("{\"id\":2}");

        assertThat(filter(input)).isEqualTo(input);
    }

    @Test
    void contentTypeHeaderIsDropped() throws IOException {
        String input = "Content-Length: 8\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"id\":1}";

        assertThat(filter(input)).isEqualTo(frame("{\"id\":1}"));
    }

    @Test
    void junkBeforeHeaderIsDropped() throws IOException {
        assertThat(filter("\u0000\u0001junk\r\n\r\n" + frame("{\"id\":1}"))).isEqualTo(frame("{\"id\":1}"));
    }

    @Test
    void invalidLengthAndStuckJunkAreDropped() throws IOException {
        String input = "Content-Length: abc\r\n\r\n{}" + frame("{\"id\":1}") + frame("{\"id\":2}");

        assertThat(filter(input)).isEqualTo(frame("{\"id\":1}") + frame("{\"id\":2}"));
    }

    @Test
    void invalidJsonBodyIsPassedOn() throws IOException {
        assertThat(filter(frame("{\"id\":"))).isEqualTo(frame("{\"id\":"));
    }

    @Test
    void truncatedBodyEndsStream() throws IOException {
        assertThat(filter("Content-Length: 50\r\n\r\n{\"id\":1}")).isEmpty();
    }

    @Test
    void multiByteBodyKeepsByteLength() throws IOException {
        String input = frame("{\"name\":\"äöü\"}");

        assertThat(filter(input)).isEqualTo(input);
    }
}
