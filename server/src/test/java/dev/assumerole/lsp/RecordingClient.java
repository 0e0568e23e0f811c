package dev.assumerole.lsp;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** A client that records every log message and {@code aws/*} notification the server sends. */
public class RecordingClient implements LanguageClient {
    /** One notification as it arrived. */
    public record Notification(String method, JsonObject params) {
    }

    final List<MessageParams> logMessages = new CopyOnWriteArrayList<>();
    final List<Notification> notifications = new CopyOnWriteArrayList<>();

    @JsonNotification("aws/sessionExpiring")
    public void sessionExpiring(JsonObject params) {
        notifications.add(new Notification("aws/sessionExpiring", params));
    }

    @JsonNotification("aws/sessionEnded")
    public void sessionEnded(JsonObject params) {
        notifications.add(new Notification("aws/sessionEnded", params));
    }

    @JsonNotification("aws/profilesChanged")
    public void profilesChanged(JsonObject params) {
        notifications.add(new Notification("aws/profilesChanged", params));
    }

    /** Waits until a notification of {@code method} matching {@code test} has arrived, or fails at the deadline. */
    public Notification awaitNotification(String method, Predicate<JsonObject> test, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<Notification> found = notifications.stream()
                    .filter(notification -> notification.method().equals(method) && test.test(notification.params()))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No " + method + " notification within " + timeout + "; received " + notifications);
    }

    public long count(String method) {
        return notifications.stream().filter(notification -> notification.method().equals(method)).count();
    }

    /** Every log message text received so far, one per line. */
    public String logText() {
        StringBuilder text = new StringBuilder();
        for (MessageParams message : logMessages) {
            text.append(message.getType()).append(' ').append(message.getMessage()).append('\n');
        }
        return text.toString();
    }

    @Override
    public void logMessage(MessageParams message) {
        logMessages.add(message);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
    }

    @Override
    public void showMessage(MessageParams messageParams) {
        logMessages.add(messageParams);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }
}
