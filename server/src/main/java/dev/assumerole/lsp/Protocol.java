package dev.assumerole.lsp;

import com.google.gson.annotations.SerializedName;
import dev.assumerole.config.ProfileListing;
import dev.assumerole.config.ProfileSummary;
import dev.assumerole.credentials.AssumeRoleException;
import dev.assumerole.credentials.CredentialEnvironment;
import dev.assumerole.credentials.RoleSession;
import java.util.List;
import java.util.Map;

/**
 * The parameters and results of the {@code aws/*} methods as they travel over JSON-RPC. Null members are left
 * out of the JSON. Instants travel as ISO-8601 UTC strings and enums by their wire names, so that the messages
 * do not depend on how LSP4J's Gson treats either.
 */
public final class Protocol {
    private Protocol() {
    }

    /** The result of {@code aws/profiles}. */
    public record ProfilesResult(String configFile, String credentialsFile, List<ProfileInfo> profiles,
            List<String> problems) {

        static ProfilesResult of(ProfileListing listing) {
            return new ProfilesResult(listing.configFile(), listing.credentialsFile(),
                    listing.profiles().stream().map(ProfileInfo::of).toList(), listing.problems());
        }
    }

    /** One profile in {@code aws/profiles}. */
    public record ProfileInfo(String name, String kind, String roleArn, String sourceProfile,
            String credentialSource, String mfaSerial, String region, Integer durationSeconds,
            List<String> problems) {

        static ProfileInfo of(ProfileSummary summary) {
            return new ProfileInfo(summary.name(), wireName(summary.kind()), summary.roleArn(),
                    summary.sourceProfile(), summary.credentialSource(), summary.mfaSerial(), summary.region(),
                    summary.durationSeconds(), summary.problems());
        }
    }

    /** A session as the client sees it: everything but the credentials. */
    public record SessionInfo(String profile, String roleArn, String assumedRoleArn, String accountId,
            String sessionName, String region, String expiration) {

        static SessionInfo of(RoleSession session) {
            return new SessionInfo(session.profile(), session.roleArn(), session.assumedRoleArn(),
                    session.accountId(), session.sessionName(), session.region(), session.expiration().toString());
        }
    }

    /** The parameters of {@code aws/assumeRole}. */
    public record AssumeRoleParams(String profile, String tokenCode, Integer durationSeconds) {

        @Override
        public String toString() {
            return "AssumeRoleParams[profile=" + profile + ", tokenCode="
                    + (tokenCode == null ? "none" : "<redacted>") + ", durationSeconds=" + durationSeconds + "]";
        }
    }

    /** The result of {@code aws/assumeRole}; {@code environment} follows {@link CredentialEnvironment#of}. */
    public record AssumeRoleResult(SessionInfo session, Map<String, String> environment) {

        static AssumeRoleResult of(RoleSession session) {
            return new AssumeRoleResult(SessionInfo.of(session), CredentialEnvironment.of(session));
        }

        @Override
        public String toString() {
            return "AssumeRoleResult[session=" + session + ", environment=<redacted>]";
        }
    }

    /** The result of {@code aws/sessions}. */
    public record SessionsResult(List<SessionInfo> sessions) {
    }

    /** The parameters of {@code aws/endSession}. */
    public record EndSessionParams(String profile) {
    }

    /** The empty object that {@code aws/endSession} returns and {@code aws/profilesChanged} carries. */
    public record Empty() {
    }

    /** The parameters of {@code aws/sessionExpiring}. */
    public record SessionExpiringParams(SessionInfo session, long secondsLeft) {
    }

    /** The parameters of {@code aws/sessionEnded}; {@code reason} is {@code expired} or {@code ended}. */
    public record SessionEndedParams(String profile, String reason) {
    }

    /** The {@code data} of every error response. */
    public record ErrorData(String kind, String message, String profile, String mfaSerial) {

        static ErrorData of(AssumeRoleException failure) {
            return new ErrorData(wireName(failure.kind()), failure.getMessage(), failure.profile(),
                    failure.mfaSerial());
        }
    }

    /** The name an enum constant has on the wire: its {@link SerializedName}, else its Java name. */
    static String wireName(Enum<?> constant) {
        if (constant == null) {
            return null;
        }
        try {
            SerializedName name = constant.getDeclaringClass().getField(constant.name())
                    .getAnnotation(SerializedName.class);
            return name == null ? constant.name() : name.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("An enum constant is a field of its class", e);
        }
    }
}
