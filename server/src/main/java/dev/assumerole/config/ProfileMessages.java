package dev.assumerole.config;

import java.util.List;

/**
 * The wording of every problem found in the files and in a profile chain. Each names the profile, the file and
 * the line where known, and states the fix. None contains a secret key, a session token or an MFA code.
 */
public final class ProfileMessages {
    private ProfileMessages() {
    }

    public static String byteOrderMark(String file) {
        return file + " starts with a UTF-8 byte-order mark. This tool skips it, but the AWS CLI and botocore "
                + "reject the whole file: save it as UTF-8 without a byte-order mark.";
    }

    public static String unprefixedConfigSection(String name, String file, int line) {
        return "Section [" + name + "] on line " + line + " of " + file + " is ignored, because profiles in the "
                + "config file are written [profile " + name + "]. Rename the section to [profile " + name + "].";
    }

    public static String prefixedCredentialsSection(String name, String file, int line) {
        return "Section [profile " + name + "] on line " + line + " of " + file + " is ignored, because profiles "
                + "in the credentials file are written without the prefix. Rename the section to [" + name + "].";
    }

    public static String invalidProfileName(String name, String file, int line) {
        return "Section on line " + line + " of " + file + " is ignored, because the profile name '" + name
                + "' is empty or contains a space. Rename the profile.";
    }

    public static String rejectedProfileName(String name, String file, int line, String character) {
        return "Profile name '" + name + "' on line " + line + " of " + file + " contains '" + character
                + "', which the AWS SDK does not accept, so the profile is ignored. Rename the profile using only "
                + "letters, digits and - _ . characters.";
    }

    public static String repeatedSection(String profile, String file, int firstLine, int secondLine) {
        return "Profile '" + profile + "' is defined twice in " + file + " (lines " + firstLine + " and "
                + secondLine + "). This tool merges the two, but botocore and the AWS CLI reject the whole file: "
                + "remove one of them.";
    }

    public static String repeatedKey(String profile, String key, String file, int firstLine, int secondLine) {
        return "Key '" + key + "' is set twice in profile '" + profile + "' in " + file + " (lines " + firstLine
                + " and " + secondLine + "; botocore compares keys ignoring case and rejects the whole file). "
                + "Remove one of them.";
    }

    public static String bothDefaultSections(String file, int earlierLine, int laterLine) {
        return "Both [default] and [profile default] are in " + file + " (lines " + earlierLine + " and "
                + laterLine + "). As in botocore, only the later section, on line " + laterLine
                + ", is used: keep one of them.";
    }

    public static String unreadableFile(String file, String reason) {
        return "Cannot read " + file + ": " + reason + ". Check that the file exists and can be read.";
    }

    /** {@code variable} is the variable that points at this kind of file, such as AWS_CONFIG_FILE. */
    public static String fileIsDirectory(String file, String variable) {
        return file + " is a directory, not a file. Point " + variable + " at the file.";
    }

    public static String rejectedFile(String file, String parserMessage) {
        return "Cannot parse " + file + ": " + parserMessage + ". Fix that line; until then no profile in this "
                + "file can be used.";
    }

    public static String profileNotFound(String profile, String configFile, String credentialsFile) {
        return "Profile '" + profile + "' was not found in " + configFile + " or " + credentialsFile
                + ". Check the name, or add [profile " + profile + "] to the config file.";
    }

    public static String noRoleArn(String profile) {
        return "Profile '" + profile + "' has no role_arn, so there is no role to assume. Choose a profile with "
                + "role_arn, or add role_arn and source_profile to this one.";
    }

    public static String ssoNotSupported(String profile) {
        return "Profile '" + profile + "' uses IAM Identity Center (SSO), which is not supported yet. Run "
                + "'aws sso login --profile " + profile + "' and use the AWS CLI for this profile.";
    }

    public static String bothSourceKeys(String profile, String file) {
        return "Profile '" + profile + "' in " + file + " sets both source_profile and credential_source. "
                + "Keep only one of them.";
    }

    public static String noSourceKey(String profile, String file) {
        return "Profile '" + profile + "' in " + file + " has role_arn but neither source_profile nor "
                + "credential_source. Add source_profile naming the profile that holds your keys.";
    }

    public static String sourceWithoutRole(String profile, String key, String file) {
        return "Profile '" + profile + "' in " + file + " sets " + key + " but no role_arn, so " + key
                + " is ignored. Add role_arn or remove " + key + ".";
    }

    public static String missingSourceProfile(String profile, String source, String configFile,
            String credentialsFile) {
        return "Profile '" + profile + "' names source_profile '" + source + "', which is not in " + configFile
                + " or " + credentialsFile + ". Fix the name or add that profile.";
    }

    public static String cycle(List<String> members) {
        return "The source_profile chain " + String.join(" -> ", members) + " is a cycle. Point one of these "
                + "profiles at a profile that holds keys.";
    }

    public static String unknownCredentialSource(String profile, String value, String file) {
        return "Profile '" + profile + "' in " + file + " sets credential_source = " + value + ", which is not "
                + "one of Environment, Ec2InstanceMetadata or EcsContainer. Use one of those values.";
    }

    public static String credentialSourceNotSupported(String profile, String value) {
        return "Profile '" + profile + "' uses credential_source = " + value + ", which is not supported yet. "
                + "Use credential_source = Environment or a source_profile with keys.";
    }

    public static String sourceWithoutCredentials(String source, String configFile, String credentialsFile) {
        return "Source profile '" + source + "' has no credentials in " + configFile + " or " + credentialsFile
                + ". Add aws_access_key_id and aws_secret_access_key to [" + source + "] in the credentials "
                + "file, or credential_process to it in the config file.";
    }

    public static String partialKeys(String profile, String file) {
        return "Profile '" + profile + "' in " + file + " has only one of aws_access_key_id and "
                + "aws_secret_access_key. Add the missing key.";
    }

    public static String invalidDurationText(String profile, String value, String file) {
        return "Profile '" + profile + "' in " + file + " sets duration_seconds = " + value + ", which is not a "
                + "whole number of seconds. Use a number between 900 and 43200 (botocore silently ignores it).";
    }

    public static String durationOutOfRange(String profile, int seconds, String file) {
        return "Profile '" + profile + "' in " + file + " sets duration_seconds = " + seconds + ", outside the "
                + "range STS accepts. Use a number between 900 and 43200.";
    }

    public static String malformedValue(String profile, String key, String file, String rule) {
        return "Profile '" + profile + "' in " + file + " has a malformed " + key + ": " + rule + ".";
    }
}
