package dev.assumerole.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The profile files the contract tests run against. The keys are AWS's documented example keys. */
final class Fixtures {
    static final String SERIAL = "arn:aws:iam::123456789012:mfa/alice";
    static final String SOURCE_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    static final String SOURCE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    static final String CONFIG = """
            [profile base]
            region = eu-west-1

            [profile admin]
            role_arn = arn:aws:iam::123456789012:role/admin
            source_profile = base
            mfa_serial = arn:aws:iam::123456789012:mfa/alice
            region = eu-west-1

            [profile plain]
            role_arn = arn:aws:iam::123456789012:role/plain
            source_profile = base

            [profile loop-a]
            role_arn = arn:aws:iam::123456789012:role/a
            source_profile = loop-b

            [profile loop-b]
            role_arn = arn:aws:iam::123456789012:role/b
            source_profile = loop-a

            [profile sso]
            sso_start_url = https://example.awsapps.com/start
            sso_region = eu-west-1
            sso_account_id = 123456789012
            sso_role_name = ReadOnly
            """;

    static final String CREDENTIALS = """
            [base]
            aws_access_key_id = AKIAIOSFODNN7EXAMPLE
            aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
            """;

    private Fixtures() {
    }

    /** Writes both files into {@code folder}; returns the config file. */
    static Path write(Path folder) throws IOException {
        Files.writeString(folder.resolve("config"), CONFIG);
        Files.writeString(folder.resolve("credentials"), CREDENTIALS);
        return folder.resolve("config");
    }
}
