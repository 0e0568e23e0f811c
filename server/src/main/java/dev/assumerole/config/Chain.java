package dev.assumerole.config;

import java.util.List;

/**
 * A resolved role chain: where the first credentials come from, then one AssumeRole per hop.
 *
 * @param profile the profile that was asked for; its hop is the last one
 * @param hops the roles to assume, in call order: the first is signed with the source's credentials
 * @param region the region of the profile asked for, or null when it has none
 */
public record Chain(String profile, Source source, List<Hop> hops, String region) {

    public Chain {
        hops = List.copyOf(hops);
    }

    /** The kind of origin of the chain's first credentials. */
    public enum SourceType { STATIC_KEYS, ENVIRONMENT, CREDENTIAL_PROCESS }

    /**
     * The chain's first credentials.
     *
     * @param profile the profile whose keys, process or {@code credential_source} supplies them
     * @param command the {@code credential_process} command line, for that type only
     */
    public record Source(String profile, SourceType type, String command) {
    }

    /**
     * One AssumeRole call, with the settings of the profile that sets the {@code role_arn}.
     *
     * @param durationSeconds the raw {@code duration_seconds} text, or null when unset
     */
    public record Hop(String profile, String roleArn, String mfaSerial, String externalId, String roleSessionName,
            String durationSeconds) {
    }
}
