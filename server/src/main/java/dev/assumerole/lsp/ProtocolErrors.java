package dev.assumerole.lsp;

import dev.assumerole.credentials.AssumeRoleException;
import dev.assumerole.credentials.ErrorKind;
import dev.assumerole.lsp.Protocol.ErrorData;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/** Builds the JSON-RPC errors of the {@code aws/*} methods. Every error carries an {@link ErrorData}. */
final class ProtocolErrors {
    /**
     * The code of a request that failed for a reason other than its parameters. It lies outside the ranges that
     * JSON-RPC (-32768 to -32000) and LSP (-32899 to -32800) reserve; {@code data.kind} tells the reasons apart.
     */
    static final int REQUEST_FAILED = -31000;

    private ProtocolErrors() {
    }

    /** An error for a failed assume-role step: -32602 for invalid input, {@link #REQUEST_FAILED} otherwise. */
    static ResponseError of(AssumeRoleException failure) {
        int code = failure.kind() == ErrorKind.INVALID_INPUT
                ? ResponseErrorCode.InvalidParams.getValue()
                : REQUEST_FAILED;
        return new ResponseError(code, failure.getMessage(), ErrorData.of(failure));
    }

    static ResponseErrorException invalidParams(String message) {
        return exception(ResponseErrorCode.InvalidParams.getValue(), ErrorKind.INVALID_INPUT, message);
    }

    static ResponseErrorException invalidRequest(String message) {
        return exception(ResponseErrorCode.InvalidRequest.getValue(), ErrorKind.INVALID_INPUT, message);
    }

    static ResponseErrorException notInitialized(String method) {
        return exception(-32002, ErrorKind.INVALID_INPUT,
                "The server is not initialized yet: send 'initialize' before '" + method + "'.");
    }

    /** An error that says only that something inside the server failed; it never holds an exception message. */
    static ResponseError internal(String what) {
        String message = "The server failed to handle the request because of an internal error (" + what
                + "). See the server log and report the problem.";
        return new ResponseError(ResponseErrorCode.InternalError.getValue(), message,
                new ErrorData(Protocol.wireName(ErrorKind.INTERNAL), message, null, null));
    }

    private static ResponseErrorException exception(int code, ErrorKind kind, String message) {
        return new ResponseErrorException(new ResponseError(code, message,
                new ErrorData(Protocol.wireName(kind), message, null, null)));
    }
}
