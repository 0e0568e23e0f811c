package dev.assumerole.config;

/** The keys of the shared config and credentials files that this tool reads. */
public final class ProfileKeys {
    public static final String ACCESS_KEY_ID = "aws_access_key_id";
    public static final String SECRET_ACCESS_KEY = "aws_secret_access_key";
    public static final String SESSION_TOKEN = "aws_session_token";
    public static final String ROLE_ARN = "role_arn";
    public static final String SOURCE_PROFILE = "source_profile";
    public static final String CREDENTIAL_SOURCE = "credential_source";
    public static final String CREDENTIAL_PROCESS = "credential_process";
    public static final String MFA_SERIAL = "mfa_serial";
    public static final String DURATION_SECONDS = "duration_seconds";
    public static final String EXTERNAL_ID = "external_id";
    public static final String ROLE_SESSION_NAME = "role_session_name";
    public static final String REGION = "region";
    public static final String SSO_SESSION = "sso_session";
    public static final String SSO_START_URL = "sso_start_url";

    /** {@code credential_source} values that botocore accepts. */
    public static final String SOURCE_ENVIRONMENT = "Environment";
    public static final String SOURCE_EC2_METADATA = "Ec2InstanceMetadata";
    public static final String SOURCE_ECS_CONTAINER = "EcsContainer";

    private ProfileKeys() {
    }
}
