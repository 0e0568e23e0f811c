package dev.assumerole.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * Checks each incoming message against JSON-RPC 2.0 before LSP4J converts it. LSP4J alone drops a message whose
 * {@code id} is an object, whose {@code method} is null, whose {@code params} array does not fit the method, or
 * that is a batch, and logs the parser's stack trace. Here each of them becomes a {@link MessageIssueException},
 * to which LSP4J sends an error response for a request, and which it logs for a notification: -32700 for a body that
 * is not JSON and -32600 for a malformed envelope, both with a null id when the id cannot be read, and -32602
 * for parameters of the wrong shape. No issue carries the parser's exception, so no stack trace is logged.
 */
final class EnvelopeCheckingJsonHandler extends MessageJsonHandler {
    private static final TypeAdapter<JsonElement> TREE = new Gson().getAdapter(JsonElement.class);
    private static final Pattern POSITION = Pattern.compile("line \\d+ column \\d+");
    private static final Pattern PATH = Pattern.compile("path (\\$\\S*)");
    private static final String SHAPE = "Send a JSON object with 'jsonrpc': '2.0', 'method' and, for a request, 'id'.";

    EnvelopeCheckingJsonHandler(Map<String, JsonRpcMethod> supportedMethods) {
        super(supportedMethods);
    }

    @Override
    public Message parseMessage(Reader input) {
        JsonObject envelope = checkedEnvelope(readTree(input));
        Either<String, Number> id = idOf(envelope);
        if (!envelope.has("method")) {
            return convert(envelope, id, null);
        }
        String method = envelope.get("method").getAsString();
        checkParams(envelope, id, method);
        return convert(envelope, id, method);
    }

    private static JsonElement readTree(Reader input) {
        JsonReader reader = new JsonReader(input);
        try {
            JsonElement tree = TREE.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw requestIssue(null, null, ResponseErrorCode.ParseError, "text follows the JSON value");
            }
            return tree;
        } catch (IOException | RuntimeException e) {
            if (e instanceof MessageIssueException issue) {
                throw issue;
            }
            Matcher position = POSITION.matcher(String.valueOf(e.getMessage()));
            throw requestIssue(null, null, ResponseErrorCode.ParseError,
                    "the body is not valid JSON" + (position.find() ? " (at " + position.group() + ")" : ""));
        }
    }

    /** Returns the message as an object whose {@code id}, {@code method} and {@code jsonrpc} are well formed. */
    private static JsonObject checkedEnvelope(JsonElement tree) {
        if (tree.isJsonArray()) {
            throw requestIssue(null, null, ResponseErrorCode.InvalidRequest,
                    "This server does not accept batches (a JSON array of messages). Send each message on its own.");
        }
        if (!tree.isJsonObject()) {
            throw requestIssue(null, null, ResponseErrorCode.InvalidRequest,
                    "The message is " + ParamsReader.describe(tree) + ", not an object. " + SHAPE);
        }
        JsonObject envelope = tree.getAsJsonObject();
        Either<String, Number> id = idOf(envelope);
        JsonElement method = envelope.get("method");
        if (method == null && !envelope.has("result") && !envelope.has("error")) {
            throw requestIssue(id, null, ResponseErrorCode.InvalidRequest,
                    "The message has no 'method', so it is neither a request nor a notification. " + SHAPE);
        }
        if (method != null && !isString(method)) {
            throw requestIssue(id, null, ResponseErrorCode.InvalidRequest,
                    "The member 'method' must be a string, got " + ParamsReader.describe(method) + ". " + SHAPE);
        }
        JsonElement version = envelope.get("jsonrpc");
        if (version != null && !(isString(version) && version.getAsString().equals("2.0"))) {
            throw requestIssue(id, null, ResponseErrorCode.InvalidRequest,
                    "The member 'jsonrpc' must be the string '2.0'. " + SHAPE);
        }
        return envelope;
    }

    /** Reads the id: absent gives null, and anything but a string or a 32-bit integer is an invalid request. */
    private static Either<String, Number> idOf(JsonObject envelope) {
        JsonElement id = envelope.get("id");
        if (id == null) {
            return null;
        }
        if (isString(id)) {
            return Either.forLeft(id.getAsString());
        }
        if (id.isJsonPrimitive() && id.getAsJsonPrimitive().isNumber()) {
            double number = id.getAsDouble();
            if (number == Math.rint(number) && Math.abs(number) <= Integer.MAX_VALUE) {
                return Either.forRight((int) number);
            }
        }
        throw requestIssue(null, null, ResponseErrorCode.InvalidRequest, "The member 'id' must be a string or an"
                + " integer, got " + (id.isJsonNull() ? "null" : ParamsReader.describe(id)) + ". " + SHAPE);
    }

    /** Rejects params that are a single value, and an array whose length does not fit a one-parameter method. */
    private void checkParams(JsonObject envelope, Either<String, Number> id, String method) {
        JsonElement params = envelope.get("params");
        if (params == null || params.isJsonNull() || params.isJsonObject()) {
            return;
        }
        if (params.isJsonPrimitive()) {
            throw issue(id, method, ResponseErrorCode.InvalidParams, "The parameters of '" + Quoted.cut(method)
                    + "' must be an object, got " + ParamsReader.describe(params) + ".");
        }
        JsonRpcMethod target = getJsonRpcMethod(method);
        int size = params.getAsJsonArray().size();
        if (target != null && target.getParameterTypes().length == 1 && size != 1) {
            throw issue(id, method, ResponseErrorCode.InvalidParams, "The parameters of '" + Quoted.cut(method)
                    + "' must be an object, got an array of " + size + " values.");
        }
    }

    /** Lets LSP4J convert the checked message; a failure can only come from the parameters' types. */
    private Message convert(JsonObject envelope, Either<String, Number> id, String method) {
        try {
            Message message = getGson().fromJson(envelope, Message.class);
            message.setJsonHandler(this);
            return message;
        } catch (MessageIssueException | IllegalStateException | NumberFormatException | JsonParseException e) {
            if (method == null) {
                ResponseMessage response = new ResponseMessage();
                response.setRawId(id);
                throw new MessageIssueException(response, new MessageIssue("The response could not be read.",
                        ResponseErrorCode.ParseError.getValue()));
            }
            Matcher path = PATH.matcher(String.valueOf(parserMessage(e)));
            throw issue(id, method, ResponseErrorCode.InvalidParams, "The parameters of '" + Quoted.cut(method)
                    + "' do not have the expected types"
                    + (path.find() ? " (at " + Quoted.cut(path.group(1)) + ")" : "") + ".");
        }
    }

    /** Returns the message of Gson's exception, which LSP4J wraps in an issue, with the JSON path it failed at. */
    private static String parserMessage(RuntimeException failure) {
        if (failure instanceof MessageIssueException wrapped) {
            for (MessageIssue issue : wrapped.getIssues()) {
                if (issue.getCause() != null) {
                    return issue.getCause().getMessage();
                }
            }
        }
        return failure.getMessage();
    }

    private static boolean isString(JsonElement element) {
        return element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
    }

    /**
     * Creates an issue to which LSP4J sends an error response with this id. A null id gives {@code "id": null},
     * which JSON-RPC prescribes when the id cannot be read.
     */
    private static MessageIssueException requestIssue(Either<String, Number> id, String method,
            ResponseErrorCode code, String text) {
        RequestMessage request = new RequestMessage();
        request.setJsonrpc("2.0");
        request.setRawId(id);
        request.setMethod(method);
        return new MessageIssueException(request, new MessageIssue(text, code.getValue()));
    }

    /** Creates an issue of a request with this id, or of a notification when the id is null, which LSP4J only logs. */
    private static MessageIssueException issue(Either<String, Number> id, String method, ResponseErrorCode code,
            String text) {
        if (id != null) {
            return requestIssue(id, method, code, text);
        }
        NotificationMessage notification = new NotificationMessage();
        notification.setJsonrpc("2.0");
        notification.setMethod(method);
        return new MessageIssueException(notification, new MessageIssue(text, code.getValue()));
    }
}
