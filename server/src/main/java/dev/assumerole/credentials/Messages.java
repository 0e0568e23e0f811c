package dev.assumerole.credentials;

/**
 * The wording of every failure to assume a role, in one voice: what failed for which profile, then the fix.
 * No message contains a secret key, a session token, an MFA code or an access key id.
 * Problems found in the files themselves are worded in {@code config.ProfileMessages}.
 */
public final class Messages {
    private Messages() {
    }

    private static String cannot(String profile) {
        return "Cannot assume role for profile '" + profile + "': ";
    }

    public static String mfaCodeRequired(String profile, String mfaSerial) {
        return cannot(profile) + "an MFA code from " + mfaSerial + " is required. Enter the code your MFA device "
                + "shows now.";
    }

    public static String tokenCodeMalformed(String profile) {
        return cannot(profile) + "the MFA code must be six digits. Enter the code your MFA device shows now.";
    }

    public static String mfaCodeRejected(String profile) {
        return cannot(profile) + "the MFA code was not accepted. Wait for the next code and try again.";
    }

    public static String mfaNotConfigured(String profile, String roleArn, String file) {
        return cannot(profile) + "the role " + roleArn + " requires MFA. Add mfa_serial to the profile in " + file
                + " with the ARN of your MFA device.";
    }

    public static String severalMfaDevices(String profile, String first, String second) {
        return cannot(profile) + "both '" + first + "' and '" + second + "' in its chain set mfa_serial, and one "
                + "MFA code can be used only once. Keep mfa_serial on one profile of the chain.";
    }

    public static String emptyProfileName() {
        return "No profile was named. Name the profile to assume.";
    }

    public static String durationOutOfRange(String profile, int seconds) {
        return cannot(profile) + "the duration " + seconds + " s is outside the range STS accepts. Ask for 900 to "
                + "43200 seconds.";
    }

    public static String durationAboveRoleMaximum(String profile, int seconds, String roleArn) {
        return cannot(profile) + "the duration " + seconds + " s exceeds the maximum session duration of " + roleArn
                + ". Ask for less (the default is 3600 s), or raise the role's MaxSessionDuration in IAM.";
    }

    public static String durationAboveChainingLimit(String profile) {
        return cannot(profile) + "a role assumed with another role's credentials is limited to one hour. Ask for "
                + "3600 seconds or less.";
    }

    public static String chainedDurationCapped(String profile, int requestedSeconds) {
        return "Profile '" + profile + "' is assumed with another role's credentials, which STS limits to one "
                + "hour: asking for 3600 s instead of " + requestedSeconds + " s.";
    }

    public static String temporarySourceDurationCapped(String profile, int requestedSeconds) {
        return "Profile '" + profile + "' is assumed with temporary credentials (they have a session token), "
                + "which STS limits to one hour: asking for 3600 s instead of " + requestedSeconds + " s.";
    }

    public static String endpointVariableInvalid(String variable, String value) {
        return variable + " = '" + value + "' is not an http or https URL. Fix the variable, for example "
                + "https://sts.eu-west-1.amazonaws.com, or unset it to use the default STS endpoint.";
    }

    public static String endpointKeyInvalid(String profile, String value, String file) {
        return "Profile '" + profile + "' in " + file + " sets endpoint_url = '" + value + "', which is not an "
                + "http or https URL. Fix endpoint_url, or remove it to use the default STS endpoint.";
    }

    /** {@code source} names the credentials, such as "the keys of profile 'alice'". */
    public static String sourceCredentialsInvalid(String profile, String source) {
        return cannot(profile) + "STS rejected " + source + " as invalid. Check them, or create a new access key "
                + "in IAM and put it in the file.";
    }

    /** {@code source} names the credentials, such as "the session of profile 'jump'". */
    public static String sourceCredentialsExpired(String profile, String source) {
        return cannot(profile) + "STS reported " + source + " as expired. Renew them and try again.";
    }

    public static String accessDenied(String profile, String roleArn) {
        return cannot(profile) + "access to " + roleArn + " was denied. Check role_arn, and that the role's trust "
                + "policy allows the source credentials to assume it.";
    }

    public static String throttled(String profile) {
        return cannot(profile) + "STS kept throttling the request (Rate exceeded) after several retries. Wait a "
                + "minute and try again.";
    }

    public static String network(String profile, String endpoint, String reason) {
        return cannot(profile) + "the STS endpoint " + endpoint + " could not be reached (" + reason + "). Check "
                + "the network, or the endpoint setting (AWS_ENDPOINT_URL_STS, endpoint_url).";
    }

    public static String malformedResponse(String profile, String endpoint) {
        return cannot(profile) + "the answer from " + endpoint + " could not be read as an STS response. Check "
                + "that the endpoint is STS.";
    }

    public static String stsRejected(String profile, String errorCode, String detail) {
        return cannot(profile) + "STS answered " + errorCode + ": " + detail;
    }

    public static String regionDisabled(String profile, String region) {
        return cannot(profile) + "STS is not enabled in region " + region + " for this account. Enable the region, "
                + "or set another region on the profile.";
    }

    public static String environmentCredentialsMissing(String profile) {
        return cannot(profile) + "it uses credential_source = Environment, but AWS_ACCESS_KEY_ID and "
                + "AWS_SECRET_ACCESS_KEY are not both set. Set them, or use a source_profile.";
    }

    public static String processEmpty(String source) {
        return "The credential_process of profile '" + source + "' is empty. Set it to the command that prints "
                + "the credentials.";
    }

    public static String processCommandInvalid(String source, String reason) {
        return "The credential_process of profile '" + source + "' cannot be split into arguments: " + reason
                + ". Close the quote, or escape it with a backslash.";
    }

    public static String processNotStarted(String source, String program) {
        return "The credential_process of profile '" + source + "' could not be started: " + program
                + " was not found or cannot be run. Check the command.";
    }

    public static String processFailed(String source, int exitCode) {
        return "The credential_process of profile '" + source + "' failed with exit code " + exitCode
                + ". Run the command yourself to see its error.";
    }

    public static String processTimedOut(String source, long seconds) {
        return "The credential_process of profile '" + source + "' did not finish within " + seconds
                + " s and was stopped. Check that the command runs without waiting for input.";
    }

    public static String processBadOutput(String source, String what) {
        return "The credential_process of profile '" + source + "' printed output that is not valid credentials ("
                + what + "). It must print JSON with Version 1, AccessKeyId and SecretAccessKey.";
    }

    public static String processCredentialsExpired(String source) {
        return "The credential_process of profile '" + source + "' returned credentials that have already "
                + "expired. Renew them with the tool behind that command.";
    }

    public static String unexpected(String profile) {
        return cannot(profile) + "an unexpected error occurred in this tool. Run again with --verbose and report "
                + "the log.";
    }
}
