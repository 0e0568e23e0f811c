package dev.assumerole.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes STS accepts for AssumeRole parameters (from the STS API model), checked locally because the SDK
 * sends whatever it is given. Each check returns the broken rule, phrased for a message, or empty when the value
 * is well formed.
 */
public final class ParameterRules {
    public static final int MIN_DURATION_SECONDS = 900;
    public static final int MAX_DURATION_SECONDS = 43200;

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");
    private static final Pattern MFA_SERIAL = Pattern.compile("[\\w+=/:,.@-]{9,256}");
    private static final Pattern MFA_DEVICE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:mfa/[\\w+=,.@/-]+");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern TOKEN_CODE = Pattern.compile("\\d{6}");
    /** botocore's pattern for a region: one DNS host label. */
    private static final Pattern REGION = Pattern.compile("[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");

    private ParameterRules() {
    }

    public static Optional<String> checkRoleArn(String value) {
        if (value.length() > 2048 || !ROLE_ARN.matcher(value).matches()) {
            return Optional.of("expected arn:aws:iam::ACCOUNT:role/NAME with a 12-digit account id");
        }
        return Optional.empty();
    }

    public static Optional<String> checkMfaSerial(String value) {
        if (!MFA_SERIAL.matcher(value).matches()) {
            return Optional.of("expected the ARN of an MFA device, arn:aws:iam::ACCOUNT:mfa/NAME, or the serial "
                    + "number of a hardware device (9 to 256 characters of letters, digits and +=/:,.@_-)");
        }
        if (value.startsWith("arn:") && !MFA_DEVICE_ARN.matcher(value).matches()) {
            return Optional.of("expected the ARN of an MFA device, arn:aws:iam::ACCOUNT:mfa/NAME; a user ARN "
                    + "(:user/) is not an MFA device");
        }
        return Optional.empty();
    }

    public static Optional<String> checkExternalId(String value) {
        if (!EXTERNAL_ID.matcher(value).matches()) {
            return Optional.of("expected 2 to 1224 characters of letters, digits and +=,.@:/_-");
        }
        return Optional.empty();
    }

    public static Optional<String> checkSessionName(String value) {
        if (!SESSION_NAME.matcher(value).matches()) {
            return Optional.of("expected 2 to 64 characters of letters, digits and +=,.@_-");
        }
        return Optional.empty();
    }

    public static Optional<String> checkRegion(String value) {
        if (!REGION.matcher(value).matches()) {
            return Optional.of("expected a region name such as eu-west-1: up to 63 letters, digits and hyphens, "
                    + "starting and ending with a letter or digit");
        }
        return Optional.empty();
    }

    public static boolean isTokenCode(String value) {
        return TOKEN_CODE.matcher(value).matches();
    }

    public static boolean isDurationInRange(int seconds) {
        return seconds >= MIN_DURATION_SECONDS && seconds <= MAX_DURATION_SECONDS;
    }
}
