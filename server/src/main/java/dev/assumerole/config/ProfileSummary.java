package dev.assumerole.config;

import java.util.List;

/**
 * One profile as listed to the user: the settings that decide how it is assumed, and the problems found in it.
 * Never holds a secret. Null fields are absent from the profile.
 *
 * @param problems sentences a person can act on, each naming the profile, the key and the file where known
 */
public record ProfileSummary(
        String name,
        ProfileKind kind,
        String roleArn,
        String sourceProfile,
        String credentialSource,
        String mfaSerial,
        String region,
        Integer durationSeconds,
        List<String> problems) {

    public ProfileSummary {
        problems = List.copyOf(problems);
    }
}
