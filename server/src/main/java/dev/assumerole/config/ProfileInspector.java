package dev.assumerole.config;

import static dev.assumerole.config.ProfileKeys.ACCESS_KEY_ID;
import static dev.assumerole.config.ProfileKeys.CREDENTIAL_PROCESS;
import static dev.assumerole.config.ProfileKeys.CREDENTIAL_SOURCE;
import static dev.assumerole.config.ProfileKeys.DURATION_SECONDS;
import static dev.assumerole.config.ProfileKeys.EXTERNAL_ID;
import static dev.assumerole.config.ProfileKeys.MFA_SERIAL;
import static dev.assumerole.config.ProfileKeys.ROLE_ARN;
import static dev.assumerole.config.ProfileKeys.ROLE_SESSION_NAME;
import static dev.assumerole.config.ProfileKeys.SECRET_ACCESS_KEY;
import static dev.assumerole.config.ProfileKeys.SESSION_TOKEN;
import static dev.assumerole.config.ProfileKeys.SOURCE_PROFILE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Sorts profiles into kinds and lists the problems of each, without calling STS or running any process. */
public final class ProfileInspector {
    private ProfileInspector() {
    }

    /** Builds the listing of a snapshot: every profile with its kind and problems, then the file problems. */
    public static ProfileListing listing(ProfileSnapshot files) {
        List<ProfileSummary> profiles = new ArrayList<>();
        for (String name : files.names()) {
            profiles.add(summary(files, name));
        }
        List<String> problems = new ArrayList<>(files.fileProblems());
        for (Map.Entry<String, List<String>> finding : files.findings().entrySet()) {
            if (files.profile(finding.getKey()).isEmpty()) {
                problems.addAll(finding.getValue());
            }
        }
        return new ProfileListing(files.configFile(), files.credentialsFile(), profiles, problems);
    }

    static ProfileSummary summary(ProfileSnapshot files, String name) {
        Integer duration = files.property(name, DURATION_SECONDS).flatMap(ProfileInspector::parseInt).orElse(null);
        return new ProfileSummary(name, kind(files, name),
                files.property(name, ROLE_ARN).orElse(null),
                files.property(name, SOURCE_PROFILE).orElse(null),
                files.property(name, CREDENTIAL_SOURCE).orElse(null),
                files.property(name, MFA_SERIAL).orElse(null),
                files.property(name, ProfileKeys.REGION).orElse(null),
                duration,
                problems(files, name));
    }

    /** Returns the kind, tried in botocore's order: a role first, then SSO, static keys, a process. */
    public static ProfileKind kind(ProfileSnapshot files, String name) {
        if (files.has(name, ROLE_ARN)) {
            return ProfileKind.ROLE;
        }
        if (isSso(files, name)) {
            return ProfileKind.SSO;
        }
        if (files.has(name, ACCESS_KEY_ID) || files.has(name, SECRET_ACCESS_KEY)) {
            return ProfileKind.STATIC_KEYS;
        }
        if (files.has(name, CREDENTIAL_PROCESS)) {
            return ProfileKind.CREDENTIAL_PROCESS;
        }
        return ProfileKind.OTHER;
    }

    static boolean isSso(ProfileSnapshot files, String name) {
        return files.has(name, ProfileKeys.SSO_SESSION) || files.has(name, ProfileKeys.SSO_START_URL);
    }

    /** Lists what is wrong with one profile: what the scan found, malformed values, then a broken chain. */
    public static List<String> problems(ProfileSnapshot files, String name) {
        List<String> problems = new ArrayList<>(files.findings().getOrDefault(name, List.of()));
        boolean role = files.has(name, ROLE_ARN);

        if (!role) {
            for (String key : List.of(SOURCE_PROFILE, CREDENTIAL_SOURCE, MFA_SERIAL)) {
                if (files.has(name, key)) {
                    problems.add(ProfileMessages.sourceWithoutRole(name, key, files.fileOf(name, key)));
                }
            }
        }
        boolean anyKey = files.has(name, ACCESS_KEY_ID) || files.has(name, SECRET_ACCESS_KEY)
                || files.has(name, SESSION_TOKEN);
        if (anyKey && !(files.has(name, ACCESS_KEY_ID) && files.has(name, SECRET_ACCESS_KEY))) {
            problems.add(ProfileMessages.partialKeys(name, files.fileOf(name)));
        }
        checkValue(files, name, ROLE_ARN, ParameterRules::checkRoleArn, problems);
        checkValue(files, name, MFA_SERIAL, ParameterRules::checkMfaSerial, problems);
        checkValue(files, name, EXTERNAL_ID, ParameterRules::checkExternalId, problems);
        checkValue(files, name, ROLE_SESSION_NAME, ParameterRules::checkSessionName, problems);
        checkValue(files, name, ProfileKeys.REGION, ParameterRules::checkRegion, problems);
        durationProblem(files, name).ifPresent(problems::add);

        if (role && files.rejectedFiles().isEmpty()) {
            try {
                new ChainResolver(files).resolve(name);
            } catch (ChainException broken) {
                problems.add(broken.getMessage());
            }
        }
        return problems;
    }

    /** Returns the problem with the profile's {@code duration_seconds}, or empty when it is unset or valid. */
    public static Optional<String> durationProblem(ProfileSnapshot files, String name) {
        Optional<String> text = files.property(name, DURATION_SECONDS);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String file = files.fileOf(name, DURATION_SECONDS);
        Optional<Integer> seconds = parseInt(text.get());
        if (seconds.isEmpty()) {
            return Optional.of(ProfileMessages.invalidDurationText(name, text.get(), file));
        }
        if (!ParameterRules.isDurationInRange(seconds.get())) {
            return Optional.of(ProfileMessages.durationOutOfRange(name, seconds.get(), file));
        }
        return Optional.empty();
    }

    private static void checkValue(ProfileSnapshot files, String name, String key,
            Function<String, Optional<String>> rule, List<String> problems) {
        files.property(name, key)
                .flatMap(rule)
                .ifPresent(broken -> problems.add(
                        ProfileMessages.malformedValue(name, key, files.fileOf(name, key), broken)));
    }

    static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
