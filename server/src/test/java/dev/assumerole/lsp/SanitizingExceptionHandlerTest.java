package dev.assumerole.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assumerole.credentials.AssumeRoleException;
import dev.assumerole.credentials.ErrorKind;
import dev.assumerole.lsp.Protocol.ErrorData;
import java.util.concurrent.CompletionException;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.Test;

class SanitizingExceptionHandlerTest {
    private final SanitizingExceptionHandler handler = new SanitizingExceptionHandler();

    @Test
    void assumeFailureKeepsKindProfileAndSerial() {
        ResponseError error = handler.apply(new CompletionException(new AssumeRoleException(
                ErrorKind.MFA_CODE_REJECTED, "admin", "Wait for the next code.", "arn:aws:iam::1:mfa/a", null)));

        assertThat(error.getCode()).isEqualTo(ProtocolErrors.REQUEST_FAILED);
        assertThat(error.getMessage()).isEqualTo("Wait for the next code.");
        assertThat(error.getData()).isEqualTo(
                new ErrorData("mfaCodeRejected", "Wait for the next code.", "admin", "arn:aws:iam::1:mfa/a"));
    }

    @Test
    void invalidInputFailureIsInvalidParams() {
        ResponseError error = handler.apply(new AssumeRoleException(ErrorKind.INVALID_INPUT, "admin", "Bad code."));

        assertThat(error.getCode()).isEqualTo(-32602);
    }

    @Test
    void responseErrorPassesUnchanged() {
        ResponseErrorException thrown = ProtocolErrors.invalidParams("Missing profile.");

        assertThat(handler.apply(thrown)).isSameAs(thrown.getResponseError());
    }

    @Test
    void otherExceptionBecomesInternalWithoutMessage() {
        ResponseError error = handler.apply(new IllegalStateException("token 123456"));

        assertThat(error.getCode()).isEqualTo(-32603);
        assertThat(error.getMessage()).contains("IllegalStateException").doesNotContain("123456");
        assertThat(error.getData()).isInstanceOf(ErrorData.class);
        assertThat(((ErrorData) error.getData()).kind()).isEqualTo("internal");
    }

    @Test
    void parseErrorGetsErrorData() {
        ResponseMessage response = new ResponseMessage();
        response.setId("1");
        response.setError(new ResponseError(-32700, "Message could not be parsed.", new RuntimeException("x")));

        ErrorResponses.sanitize(response);

        assertThat(response.getError().getData()).isInstanceOf(ErrorData.class);
        ErrorData data = (ErrorData) response.getError().getData();
        assertThat(data.kind()).isEqualTo("invalidInput");
        assertThat(data.message()).isEqualTo(response.getError().getMessage()).contains("parse");
    }
}
