package dev.assumerole.config;

import com.google.gson.annotations.SerializedName;

/** Where a profile's credentials come from, as shown to the user and sent as {@code kind} over JSON-RPC. */
public enum ProfileKind {
    /** {@code aws_access_key_id} and {@code aws_secret_access_key} in the profile itself. */
    @SerializedName("staticKeys") STATIC_KEYS,
    /** {@code role_arn} with {@code source_profile} or {@code credential_source}. */
    @SerializedName("role") ROLE,
    /** {@code credential_process}: an external program prints the credentials as JSON. */
    @SerializedName("credentialProcess") CREDENTIAL_PROCESS,
    /** IAM Identity Center ({@code sso_session} or {@code sso_start_url}); listed, not yet assumable. */
    @SerializedName("sso") SSO,
    /** Settings only (a region, an output format) or a kind this tool does not recognise. */
    @SerializedName("other") OTHER
}
