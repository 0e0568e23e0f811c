package dev.assumerole.config;

import static dev.assumerole.config.ProfileKeys.ACCESS_KEY_ID;
import static dev.assumerole.config.ProfileKeys.CREDENTIAL_PROCESS;
import static dev.assumerole.config.ProfileKeys.CREDENTIAL_SOURCE;
import static dev.assumerole.config.ProfileKeys.ROLE_ARN;
import static dev.assumerole.config.ProfileKeys.SECRET_ACCESS_KEY;
import static dev.assumerole.config.ProfileKeys.SESSION_TOKEN;
import static dev.assumerole.config.ProfileKeys.SOURCE_PROFILE;

import dev.assumerole.config.ChainException.Reason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Walks {@code source_profile} links from a profile to the credentials it starts from, the way botocore does. A
 * source profile with static keys ends the walk even when it also has a {@code role_arn}. Revisiting a profile
 * is a cycle, except for a profile that is its own source and has static keys. No file is read and no process
 * is run here.
 */
public final class ChainResolver {
    private final ProfileSnapshot files;

    public ChainResolver(ProfileSnapshot files) {
        this.files = files;
    }

    /** Resolves the chain of {@code profile}, or throws {@link ChainException} naming what is wrong. */
    public Chain resolve(String profile) {
        if (!files.rejectedFiles().isEmpty()) {
            throw new ChainException(Reason.CONFIG_ERROR, profile, files.rejectedFiles().get(0));
        }
        if (files.profile(profile).isEmpty()) {
            // A section the scan reported as ignored says why the profile is missing better than "not found".
            List<String> ignored = files.findings().getOrDefault(profile, List.of());
            if (!ignored.isEmpty()) {
                throw new ChainException(Reason.PROFILE_NOT_FOUND, profile, ignored.get(0));
            }
            throw new ChainException(Reason.PROFILE_NOT_FOUND, profile,
                    ProfileMessages.profileNotFound(profile, files.configFile(), files.credentialsFile()));
        }
        if (!files.has(profile, ROLE_ARN)) {
            if (ProfileInspector.isSso(files, profile)) {
                throw new ChainException(Reason.NOT_SUPPORTED, profile, ProfileMessages.ssoNotSupported(profile));
            }
            throw new ChainException(Reason.NOT_A_ROLE, profile, ProfileMessages.noRoleArn(profile));
        }

        List<String> visited = new ArrayList<>();
        List<Chain.Hop> hops = new ArrayList<>();
        visited.add(profile);
        Chain.Source source = walk(profile, visited, hops);
        Collections.reverse(hops);
        return new Chain(profile, source, hops, files.property(profile, ProfileKeys.REGION).orElse(null));
    }

    /** Adds the hop of role profile {@code role} and those below it; returns the chain's source. */
    private Chain.Source walk(String role, List<String> visited, List<Chain.Hop> hops) {
        hops.add(hop(role));
        String file = files.fileOf(role, ROLE_ARN);
        boolean hasSourceProfile = files.has(role, SOURCE_PROFILE);
        boolean hasCredentialSource = files.has(role, CREDENTIAL_SOURCE);
        if (hasSourceProfile && hasCredentialSource) {
            throw new ChainException(Reason.CONFIG_ERROR, role, ProfileMessages.bothSourceKeys(role, file));
        }
        if (hasCredentialSource) {
            return credentialSource(role, files.property(role, CREDENTIAL_SOURCE).orElseThrow(), file);
        }
        if (!hasSourceProfile) {
            throw new ChainException(Reason.CONFIG_ERROR, role, ProfileMessages.noSourceKey(role, file));
        }

        String source = files.property(role, SOURCE_PROFILE).orElseThrow();
        if (files.profile(source).isEmpty()) {
            List<String> ignored = files.findings().getOrDefault(source, List.of());
            if (!ignored.isEmpty()) {
                throw new ChainException(Reason.CONFIG_ERROR, role, ignored.get(0));
            }
            throw new ChainException(Reason.CONFIG_ERROR, role, ProfileMessages.missingSourceProfile(role, source,
                    files.configFile(), files.credentialsFile()));
        }
        if (visited.contains(source)) {
            boolean ownStaticSource = source.equals(role) && hasStaticKeys(source);
            if (!ownStaticSource) {
                List<String> members = new ArrayList<>(visited.subList(visited.indexOf(source), visited.size()));
                members.add(source);
                throw new ChainException(Reason.CONFIG_ERROR, role, ProfileMessages.cycle(members));
            }
        }
        if (hasStaticKeys(source) || !files.has(source, ROLE_ARN)) {
            return credentialsOf(source);
        }
        visited.add(source);
        return walk(source, visited, hops);
    }

    private Chain.Hop hop(String role) {
        return new Chain.Hop(role,
                files.property(role, ROLE_ARN).orElseThrow(),
                files.property(role, ProfileKeys.MFA_SERIAL).orElse(null),
                files.property(role, ProfileKeys.EXTERNAL_ID).orElse(null),
                files.property(role, ProfileKeys.ROLE_SESSION_NAME).orElse(null),
                files.property(role, ProfileKeys.DURATION_SECONDS).orElse(null));
    }

    private static Chain.Source credentialSource(String role, String value, String file) {
        switch (value) {
            case ProfileKeys.SOURCE_ENVIRONMENT:
                return new Chain.Source(role, Chain.SourceType.ENVIRONMENT, null);
            case ProfileKeys.SOURCE_EC2_METADATA:
            case ProfileKeys.SOURCE_ECS_CONTAINER:
                throw new ChainException(Reason.NOT_SUPPORTED, role,
                        ProfileMessages.credentialSourceNotSupported(role, value));
            default:
                throw new ChainException(Reason.CONFIG_ERROR, role,
                        ProfileMessages.unknownCredentialSource(role, value, file));
        }
    }

    /** Returns the source profile's own credentials, tried in botocore's order: SSO, static keys, process. */
    private Chain.Source credentialsOf(String source) {
        if (ProfileInspector.isSso(files, source)) {
            throw new ChainException(Reason.NOT_SUPPORTED, source, ProfileMessages.ssoNotSupported(source));
        }
        if (hasStaticKeys(source)) {
            if (!files.has(source, ACCESS_KEY_ID) || !files.has(source, SECRET_ACCESS_KEY)) {
                throw new ChainException(Reason.CONFIG_ERROR, source,
                        ProfileMessages.partialKeys(source, files.fileOf(source)));
            }
            return new Chain.Source(source, Chain.SourceType.STATIC_KEYS, null);
        }
        if (files.has(source, CREDENTIAL_PROCESS)) {
            return new Chain.Source(source, Chain.SourceType.CREDENTIAL_PROCESS,
                    files.property(source, CREDENTIAL_PROCESS).orElseThrow());
        }
        throw new ChainException(Reason.CONFIG_ERROR, source,
                ProfileMessages.sourceWithoutCredentials(source, files.configFile(), files.credentialsFile()));
    }

    private boolean hasStaticKeys(String profile) {
        return files.has(profile, ACCESS_KEY_ID) || files.has(profile, SECRET_ACCESS_KEY)
                || files.has(profile, SESSION_TOKEN);
    }
}
