package dev.assumerole.credentials;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns what the SDK throws for an AssumeRole call into an {@link AssumeRoleException} a person can act on. */
final class StsErrorMapper {
    private static final Set<String> INVALID_CREDENTIAL_CODES = Set.of("InvalidClientTokenId",
            "SignatureDoesNotMatch", "UnrecognizedClientException", "IncompleteSignature", "InvalidAccessKeyId");
    private static final Set<String> EXPIRED_CREDENTIAL_CODES = Set.of("ExpiredToken", "ExpiredTokenException",
            "TokenRefreshRequired");
    private static final Set<String> THROTTLING_CODES = Set.of("Throttling", "ThrottlingException",
            "RequestLimitExceeded", "TooManyRequestsException");
    private static final int MAX_DETAIL_CHARS = 300;

    /** The facts about the failed hop that the messages name. */
    record Context(String profile, String hopProfile, String roleArn, String mfaSerial, String sourceDescription,
            String endpoint, String region, String mfaFile, String tokenCode, Integer durationSeconds) {
    }

    private StsErrorMapper() {
    }

    static AssumeRoleException map(SdkException error, Context context) {
        if (error instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() != null) {
            return mapService(service, context);
        }
        String profile = context.profile();
        if (error instanceof ApiCallTimeoutException || error instanceof ApiCallAttemptTimeoutException) {
            return new AssumeRoleException(ErrorKind.NETWORK, profile,
                    Messages.network(profile, context.endpoint(), "timed out"), null, error);
        }
        IOException io = ioCause(error);
        if (io != null) {
            return new AssumeRoleException(ErrorKind.NETWORK, profile,
                    Messages.network(profile, context.endpoint(), networkReason(io)), null, error);
        }
        return new AssumeRoleException(ErrorKind.STS_ERROR, profile,
                Messages.malformedResponse(profile, context.endpoint()), null, error);
    }

    private static AssumeRoleException mapService(AwsServiceException error, Context context) {
        String code = error.awsErrorDetails().errorCode();
        String text = error.awsErrorDetails().errorMessage() == null ? "" : error.awsErrorDetails().errorMessage();
        String lower = text.toLowerCase(Locale.ROOT);
        String profile = context.profile();

        if (code.equals("AccessDenied") && lower.contains("multifactorauthentication failed")) {
            if (lower.contains("must provide both")) {
                return new AssumeRoleException(ErrorKind.ACCESS_DENIED, profile,
                        Messages.mfaNotConfigured(profile, context.roleArn(), context.mfaFile()), null, error);
            }
            return new AssumeRoleException(ErrorKind.MFA_CODE_REJECTED, profile, Messages.mfaCodeRejected(profile),
                    context.mfaSerial(), error);
        }
        if (code.equals("AccessDenied") || code.equals("AccessDeniedException")) {
            return new AssumeRoleException(ErrorKind.ACCESS_DENIED, profile,
                    Messages.accessDenied(profile, context.roleArn()), null, error);
        }
        if (code.equals("ValidationError") && lower.contains("role chaining")) {
            return new AssumeRoleException(ErrorKind.DURATION_TOO_LONG, profile,
                    Messages.durationAboveChainingLimit(profile), null, error);
        }
        if (code.equals("ValidationError") && lower.contains("maxsessionduration")) {
            return new AssumeRoleException(ErrorKind.DURATION_TOO_LONG, profile,
                    Messages.durationAboveRoleMaximum(profile, durationOf(context), context.roleArn()), null, error);
        }
        if (INVALID_CREDENTIAL_CODES.contains(code)) {
            return new AssumeRoleException(ErrorKind.SOURCE_CREDENTIALS_INVALID, profile,
                    Messages.sourceCredentialsInvalid(profile, context.sourceDescription()), null, error);
        }
        if (EXPIRED_CREDENTIAL_CODES.contains(code)) {
            return new AssumeRoleException(ErrorKind.SOURCE_CREDENTIALS_INVALID, profile,
                    Messages.sourceCredentialsExpired(profile, context.sourceDescription()), null, error);
        }
        if (THROTTLING_CODES.contains(code) || error.isThrottlingException()) {
            return new AssumeRoleException(ErrorKind.THROTTLED, profile, Messages.throttled(profile), null, error);
        }
        if (code.equals("RegionDisabledException")) {
            return new AssumeRoleException(ErrorKind.STS_ERROR, profile,
                    Messages.regionDisabled(profile, context.region()), null, error);
        }
        return new AssumeRoleException(ErrorKind.STS_ERROR, profile,
                Messages.stsRejected(profile, code, detail(text, context.tokenCode())), null, error);
    }

    /** The STS message, shortened, with the MFA code removed should STS have quoted it. */
    private static String detail(String text, String tokenCode) {
        String detail = text.isBlank() ? "no message." : text.strip();
        if (tokenCode != null && !tokenCode.isEmpty()) {
            detail = detail.replace(tokenCode, "******");
        }
        return detail.length() > MAX_DETAIL_CHARS ? detail.substring(0, MAX_DETAIL_CHARS) + "..." : detail;
    }

    private static int durationOf(Context context) {
        return context.durationSeconds() == null ? StsSettings.DEFAULT_DURATION_SECONDS : context.durationSeconds();
    }

    private static IOException ioCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static String networkReason(IOException io) {
        if (io instanceof SocketTimeoutException) {
            return "timed out";
        }
        if (io instanceof ConnectException) {
            return "connection refused";
        }
        if (io instanceof UnknownHostException) {
            return "unknown host";
        }
        return io.getClass().getSimpleName();
    }
}
