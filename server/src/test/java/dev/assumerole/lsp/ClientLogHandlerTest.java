package dev.assumerole.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;
import org.junit.jupiter.api.Test;

class ClientLogHandlerTest {
    private final List<MessageParams> sent = new CopyOnWriteArrayList<>();
    private final ClientLogHandler handler = new ClientLogHandler();

    private LanguageClient recordingClient() {
        return (LanguageClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LanguageClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("logMessage")) {
                        sent.add((MessageParams) args[0]);
                    }
                    return null;
                });
    }

    private static LogRecord record(Level level, String logger, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger);
        return record;
    }

    @Test
    void recordsWaitUntilClientConnects() {
        handler.publish(record(Level.INFO, "dev.assumerole.lsp.X", "early"));
        assertThat(sent).isEmpty();

        handler.connect(recordingClient());
        handler.publish(record(Level.INFO, "dev.assumerole.lsp.X", "late"));

        assertThat(sent).extracting(MessageParams::getMessage).containsExactly("[X] early", "[X] late");
    }

    @Test
    void bufferKeepsNewestRecordsAndCountsDropped() {
        for (int i = 0; i < ClientLogHandler.BUFFER_SIZE + 3; i++) {
            handler.publish(record(Level.INFO, "dev.assumerole.lsp.X", "record " + i));
        }

        handler.connect(recordingClient());

        assertThat(sent).hasSize(ClientLogHandler.BUFFER_SIZE + 1);
        assertThat(sent.get(0).getMessage()).contains("3 earlier log records were dropped");
        assertThat(sent.get(1).getMessage()).isEqualTo("[X] record 3");
    }

    @Test
    void levelsMapToMessageTypes() {
        assertThat(ClientLogHandler.typeOf(Level.SEVERE)).isEqualTo(MessageType.Error);
        assertThat(ClientLogHandler.typeOf(Level.WARNING)).isEqualTo(MessageType.Warning);
        assertThat(ClientLogHandler.typeOf(Level.INFO)).isEqualTo(MessageType.Info);
        assertThat(ClientLogHandler.typeOf(Level.CONFIG)).isEqualTo(MessageType.Log);
        assertThat(ClientLogHandler.typeOf(Level.FINEST)).isEqualTo(MessageType.Log);
    }

    @Test
    void recordsBelowLevelAreDropped() {
        handler.setLevel(Level.WARNING);
        handler.connect(recordingClient());

        handler.publish(record(Level.INFO, "dev.assumerole.lsp.X", "quiet"));

        assertThat(sent).isEmpty();
    }

    @Test
    void libraryMessageIsCutAtFirstQuote() {
        handler.connect(recordingClient());

        handler.publish(record(Level.SEVERE, "org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer",
                "Missing header Content-Length in input \"{\"tokenCode\":\"123456\"}\""));

        assertThat(sent).singleElement().extracting(MessageParams::getMessage).asString()
                .doesNotContain("123456").contains("Missing header Content-Length in input", "left out");
    }

    @Test
    void exceptionMessageIsLeftOut() {
        handler.connect(recordingClient());
        LogRecord record = record(Level.SEVERE, "dev.assumerole.lsp.X", "failed");
        record.setThrown(new IllegalStateException("secret 123456"));

        handler.publish(record);

        assertThat(sent).singleElement().extracting(MessageParams::getMessage).asString()
                .contains("java.lang.IllegalStateException").doesNotContain("123456");
    }
}
