package dev.assumerole.credentials;

import com.google.gson.annotations.SerializedName;

/** Why an assume-role request failed; sent as {@code data.kind} in a JSON-RPC error and mapped to exit codes. */
public enum ErrorKind {
    /** The chain needs an MFA code and none was given; the failure carries the MFA serial. */
    @SerializedName("mfaCodeRequired") MFA_CODE_REQUIRED,
    /** STS rejected the code, or it was already sent once; the user waits for the next code. */
    @SerializedName("mfaCodeRejected") MFA_CODE_REJECTED,
    /** A parameter is malformed: a code that is not six digits, a duration out of range, a bad ARN. */
    @SerializedName("invalidInput") INVALID_INPUT,
    @SerializedName("profileNotFound") PROFILE_NOT_FOUND,
    /** A file cannot be parsed, or a chain is broken: a cycle, a missing source, conflicting keys. */
    @SerializedName("configError") CONFIG_ERROR,
    /** The source credentials are missing, invalid or expired. */
    @SerializedName("sourceCredentialsInvalid") SOURCE_CREDENTIALS_INVALID,
    @SerializedName("accessDenied") ACCESS_DENIED,
    /** The requested duration exceeds the role's maximum or the one-hour cap on chained roles. */
    @SerializedName("durationTooLong") DURATION_TOO_LONG,
    /** STS kept throttling after the SDK's retries. */
    @SerializedName("throttled") THROTTLED,
    /** The STS endpoint could not be reached, or did not answer in time. */
    @SerializedName("network") NETWORK,
    /** Any other STS failure, including a response that cannot be parsed. */
    @SerializedName("stsError") STS_ERROR,
    /** The profile's kind cannot be assumed yet, such as IAM Identity Center (SSO). */
    @SerializedName("notSupported") NOT_SUPPORTED,
    /** A defect in this tool; the message says to report it and holds no secret. */
    @SerializedName("internal") INTERNAL
}
