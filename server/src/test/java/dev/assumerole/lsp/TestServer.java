package dev.assumerole.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.services.LanguageServer;

/** The server as the contract tests call it: raw JSON in and out, so tests see the wire shapes. */
public interface TestServer extends LanguageServer {

    @JsonRequest("aws/profiles")
    CompletableFuture<JsonObject> profiles(JsonElement params);

    @JsonRequest("aws/assumeRole")
    CompletableFuture<JsonObject> assumeRole(JsonElement params);

    @JsonRequest("aws/sessions")
    CompletableFuture<JsonObject> sessions(JsonElement params);

    @JsonRequest("aws/endSession")
    CompletableFuture<JsonObject> endSession(JsonElement params);

    @JsonRequest("aws/noSuchMethod")
    CompletableFuture<JsonObject> noSuchMethod(JsonElement params);
}
