package dev.assumerole.lsp;

import dev.assumerole.credentials.ErrorKind;
import dev.assumerole.lsp.Protocol.ErrorData;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * Gives every outgoing error response an {@link ErrorData}. LSP4J answers a message it cannot read (bad JSON, an
 * unknown method, parameters of the wrong type) by itself, with the parser's exception, stack trace included, as
 * {@code data}; this replaces that data with the kind and the message.
 */
final class ErrorResponses {
    private ErrorResponses() {
    }

    static Message sanitize(Message message) {
        if (!(message instanceof ResponseMessage response) || response.getError() == null) {
            return message;
        }
        ResponseError error = response.getError();
        if (error.getData() instanceof ErrorData) {
            return message;
        }
        String text = messageFor(error);
        error.setMessage(text);
        error.setData(new ErrorData(Protocol.wireName(kindOf(error.getCode())), text, null, null));
        return message;
    }

    private static ErrorKind kindOf(int code) {
        if (code == ResponseErrorCode.InternalError.getValue()) {
            return ErrorKind.INTERNAL;
        }
        return ErrorKind.INVALID_INPUT;
    }

    private static String messageFor(ResponseError error) {
        int code = error.getCode();
        String original = error.getMessage() == null ? "" : error.getMessage();
        if (code == ResponseErrorCode.ParseError.getValue()) {
            return "The server could not parse the message as JSON-RPC: " + original
                    + ". Send a JSON object with 'jsonrpc', 'method' and, for a request, 'id'.";
        }
        if (code == ResponseErrorCode.MethodNotFound.getValue()) {
            return original + ". The server offers initialize, shutdown, aws/profiles, aws/assumeRole,"
                    + " aws/sessions and aws/endSession.";
        }
        if (code == ResponseErrorCode.InvalidParams.getValue() || code == ResponseErrorCode.InvalidRequest.getValue()) {
            return original.isEmpty() ? "The request's parameters are invalid." : original;
        }
        if (code == ResponseErrorCode.InternalError.getValue()) {
            return "The server failed to handle the request because of an internal error. See the server log and"
                    + " report the problem.";
        }
        return original;
    }
}
