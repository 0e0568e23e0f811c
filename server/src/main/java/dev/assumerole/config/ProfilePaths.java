package dev.assumerole.config;

import java.nio.file.Path;

/**
 * The two file paths in effect: {@code AWS_CONFIG_FILE} and {@code AWS_SHARED_CREDENTIALS_FILE} when set,
 * otherwise {@code ~/.aws/config} and {@code ~/.aws/credentials}. A leading {@code ~} is expanded as the SDK does.
 * The home folder is {@code HOME} when set, then the JVM's {@code user.home}, the order of the SDK's
 * {@code UserHomeDirectoryUtils} and of botocore, so that a test or a container that sets {@code HOME} is obeyed.
 */
public record ProfilePaths(Path configFile, Path credentialsFile) {
    public static final String CONFIG_FILE_VARIABLE = "AWS_CONFIG_FILE";
    public static final String CREDENTIALS_FILE_VARIABLE = "AWS_SHARED_CREDENTIALS_FILE";

    /** Resolves both paths from the environment, with {@code home} as the user's home folder. */
    public static ProfilePaths resolve(Environment environment, Path home) {
        Path config = environment.get(CONFIG_FILE_VARIABLE)
                .map(value -> expandHome(value, home))
                .orElse(home.resolve(".aws").resolve("config"));
        Path credentials = environment.get(CREDENTIALS_FILE_VARIABLE)
                .map(value -> expandHome(value, home))
                .orElse(home.resolve(".aws").resolve("credentials"));
        return new ProfilePaths(config, credentials);
    }

    /** Resolves both paths with the home folder of {@link #homeFolder(Environment)}. */
    public static ProfilePaths resolve(Environment environment) {
        return resolve(environment, homeFolder(environment));
    }

    /** Returns the user's home folder: {@code HOME} when set and not empty, otherwise {@code user.home}. */
    public static Path homeFolder(Environment environment) {
        return Path.of(environment.get("HOME").orElseGet(() -> System.getProperty("user.home")));
    }

    private static Path expandHome(String value, Path home) {
        if (value.equals("~")) {
            return home;
        }
        if (value.startsWith("~/") || value.startsWith("~\\")) {
            return home.resolve(value.substring(2));
        }
        return Path.of(value);
    }
}
