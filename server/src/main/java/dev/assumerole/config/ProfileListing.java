package dev.assumerole.config;

import java.util.List;

/**
 * The profiles read from both files at one moment.
 *
 * @param configFile the config file path that was read, after {@code AWS_CONFIG_FILE} was applied
 * @param credentialsFile the credentials file path, after {@code AWS_SHARED_CREDENTIALS_FILE} was applied
 * @param problems problems with a whole file (unreadable, rejected by the parser), each naming the file
 */
public record ProfileListing(String configFile, String credentialsFile, List<ProfileSummary> profiles,
        List<String> problems) {

    public ProfileListing {
        profiles = List.copyOf(profiles);
        problems = List.copyOf(problems);
    }
}
