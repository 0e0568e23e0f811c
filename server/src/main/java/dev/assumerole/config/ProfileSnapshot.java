package dev.assumerole.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Both files as parsed at one moment. Values from the credentials file win over the config file, as in the SDK
 * and botocore.
 *
 * @param merged the two files aggregated by the SDK, credentials file first
 * @param fileProblems problems with a whole file, each naming the file
 * @param rejectedFiles the subset of {@code fileProblems} for files the parser rejected; while any is present no
 *     profile can be assumed, as in botocore
 * @param findings problems found by the scan, by the profile they concern
 */
public record ProfileSnapshot(ProfilePaths paths, ProfileFile config, ProfileFile credentials, ProfileFile merged,
        List<String> fileProblems, List<String> rejectedFiles, Map<String, List<String>> findings) {

    public ProfileSnapshot {
        fileProblems = List.copyOf(fileProblems);
        rejectedFiles = List.copyOf(rejectedFiles);
        // Kept in file order, because problems are listed in the order they were found.
        findings = Collections.unmodifiableMap(new LinkedHashMap<>(findings));
    }

    public Optional<Profile> profile(String name) {
        return merged.profile(name);
    }

    /** Returns the profile's value for {@code key}, or empty when unset or blank. */
    public Optional<String> property(String profile, String key) {
        return profile(profile).flatMap(found -> found.property(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    public boolean has(String profile, String key) {
        return property(profile, key).isPresent();
    }

    /** Returns the profile names of both files, sorted. */
    public Set<String> names() {
        return new TreeSet<>(merged.profiles().keySet());
    }

    public String configFile() {
        return paths.configFile().toString();
    }

    public String credentialsFile() {
        return paths.credentialsFile().toString();
    }

    /** Returns the file that supplies {@code key} for the profile, or the config file when neither does. */
    public String fileOf(String profile, String key) {
        boolean inCredentials = credentials.profile(profile).flatMap(found -> found.property(key)).isPresent();
        return inCredentials ? credentialsFile() : configFile();
    }

    /** Returns the file that defines the profile, or the config file when both or neither do. */
    public String fileOf(String profile) {
        boolean inConfig = config.profile(profile).isPresent();
        boolean inCredentials = credentials.profile(profile).isPresent();
        return inCredentials && !inConfig ? credentialsFile() : configFile();
    }
}
