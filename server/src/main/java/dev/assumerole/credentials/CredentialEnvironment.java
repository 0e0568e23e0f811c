package dev.assumerole.credentials;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment contract: the variables a shell or a terminal gets for a role session. The command line, the
 * language server and the VS Code client all use these names.
 */
public final class CredentialEnvironment {
    public static final String ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
    public static final String SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
    public static final String SESSION_TOKEN = "AWS_SESSION_TOKEN";
    /** Read by the AWS SDKs that refresh credentials before they expire. */
    public static final String CREDENTIAL_EXPIRATION = "AWS_CREDENTIAL_EXPIRATION";
    /** Read by shell prompts and by tools in the aws-vault family. */
    public static final String SESSION_EXPIRATION = "AWS_SESSION_EXPIRATION";
    public static final String REGION = "AWS_REGION";
    public static final String DEFAULT_REGION = "AWS_DEFAULT_REGION";
    /** Marker naming the profile whose role the credentials belong to. */
    public static final String ASSUMED_PROFILE = "AWS_ASSUME_ROLE_PROFILE";

    /**
     * Variables that must be absent, not empty, beside the credentials: the AWS CLI rejects an empty
     * {@code AWS_PROFILE} with "The config profile () could not be found", and a set one points elsewhere.
     */
    public static final List<String> VARIABLES_TO_UNSET = List.of("AWS_PROFILE", "AWS_DEFAULT_PROFILE");

    private CredentialEnvironment() {
    }

    /**
     * Lists the variables to remove for a session: {@link #VARIABLES_TO_UNSET}, and both region names when the
     * session has no region, so that a region left by an earlier profile does not apply to this one.
     */
    public static List<String> variablesToUnset(RoleSession session) {
        if (session.region() != null) {
            return VARIABLES_TO_UNSET;
        }
        List<String> names = new ArrayList<>(VARIABLES_TO_UNSET);
        names.add(REGION);
        names.add(DEFAULT_REGION);
        return List.copyOf(names);
    }

    /** Builds the variables for a session, in a stable order; the two region names only when it has a region. */
    public static Map<String, String> of(RoleSession session) {
        Map<String, String> environment = new LinkedHashMap<>();
        TemporaryCredentials credentials = session.credentials();
        String expiration = credentials.expiration().toString();

        environment.put(ACCESS_KEY_ID, credentials.accessKeyId());
        environment.put(SECRET_ACCESS_KEY, credentials.secretAccessKey());
        environment.put(SESSION_TOKEN, credentials.sessionToken());
        environment.put(CREDENTIAL_EXPIRATION, expiration);
        environment.put(SESSION_EXPIRATION, expiration);
        if (session.region() != null) {
            environment.put(REGION, session.region());
            environment.put(DEFAULT_REGION, session.region());
        }
        environment.put(ASSUMED_PROFILE, session.profile());
        return environment;
    }
}
