package dev.assumerole.lsp;

import dev.assumerole.credentials.AssumeRoleException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;

/**
 * Turns an exception thrown by a request into its JSON-RPC error. Unlike LSP4J's default handler it never puts
 * a stack trace or an exception message from outside this project into the error or the log, since either could
 * quote an MFA code or a key.
 */
final class SanitizingExceptionHandler implements Function<Throwable, ResponseError> {
    private static final Logger LOG = Logger.getLogger(SanitizingExceptionHandler.class.getName());

    @Override
    public ResponseError apply(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof ResponseErrorException responseError) {
            return responseError.getResponseError();
        }
        if (cause instanceof AssumeRoleException failure) {
            return ProtocolErrors.of(failure);
        }
        Throwable trace = new Throwable(cause.getClass().getName());
        trace.setStackTrace(cause.getStackTrace());
        LOG.log(Level.SEVERE, "A request failed with " + cause.getClass().getName(), trace);
        return ProtocolErrors.internal(cause.getClass().getSimpleName());
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof InvocationTargetException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
