package dev.assumerole.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading hand-written files: comments, CRLF, sections the SDK ignores, and the problems reported for them. */
class ProfileFilesTest {
    @TempDir
    Path folder;

    private ProfileSnapshot read(String config, String credentials) throws IOException {
        Files.writeString(folder.resolve("config"), config, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("credentials"), credentials, StandardCharsets.UTF_8);
        Environment environment = Environment.of(Map.of(
                ProfilePaths.CONFIG_FILE_VARIABLE, folder.resolve("config").toString(),
                ProfilePaths.CREDENTIALS_FILE_VARIABLE, folder.resolve("credentials").toString()));
        return new SdkProfileRepository(environment, folder.resolve("home")).read();
    }

    @Test
    void commentsAndCrlfAreIgnored() throws IOException {
        ProfileSnapshot files = read("# leading comment\r\n[profile admin] ; header comment\r\n"
                + "role_arn = arn:aws:iam::123456789012:role/admin # inline comment\r\n"
                + "; full-line comment\r\nsource_profile = dev\r\n", "[dev]\r\naws_access_key_id = AKID\r\n"
                + "aws_secret_access_key = SECRET\r\n");

        assertThat(files.property("admin", ProfileKeys.ROLE_ARN)).contains("arn:aws:iam::123456789012:role/admin");
        assertThat(files.property("admin", ProfileKeys.SOURCE_PROFILE)).contains("dev");
        assertThat(files.property("dev", ProfileKeys.SECRET_ACCESS_KEY)).contains("SECRET");
        assertThat(files.fileProblems()).isEmpty();
        assertThat(files.findings()).isEmpty();
    }

    @Test
    void prefixedSectionInCredentialsIsReported() throws IOException {
        ProfileSnapshot files = read("", "[default]\naws_access_key_id = A\naws_secret_access_key = S\n\n"
                + "[profile ci]\naws_access_key_id = B\naws_secret_access_key = S\n");

        assertThat(files.names()).containsExactly("default");
        ProfileListing listing = ProfileInspector.listing(files);
        assertThat(listing.problems()).singleElement().asString()
                .contains("[profile ci] on line 5")
                .contains(files.credentialsFile())
                .contains("Rename the section to [ci]");
    }

    @Test
    void profileNameWithSpaceIsReported() throws IOException {
        ProfileSnapshot files = read("[profile my admin]\nregion = eu-west-1\n", "");

        assertThat(files.names()).isEmpty();
        assertThat(ProfileInspector.listing(files).problems()).singleElement().asString()
                .contains("line 1").contains("'my admin'").contains("space");
    }

    @Test
    void otherSectionKindsAreNotReported() throws IOException {
        ProfileSnapshot files = read("[sso-session corp]\nsso_region = eu-west-1\n\n[services local]\nsts =\n"
                + "  endpoint_url = http://127.0.0.1:1\n\n[profile sso]\nsso_session = corp\n", "");

        assertThat(files.fileProblems()).isEmpty();
        assertThat(files.findings()).isEmpty();
        assertThat(ProfileInspector.kind(files, "sso")).isEqualTo(ProfileKind.SSO);
    }

    @Test
    void repeatedSubPropertyNamesAreNotRepeatedKeys() throws IOException {
        ProfileSnapshot files = read("[default]\ns3 =\n  max_concurrent_requests = 20\n"
                + "sts =\n  max_concurrent_requests = 5\nregion = us-east-1\n", "");

        assertThat(files.findings()).isEmpty();
        assertThat(files.property("default", ProfileKeys.REGION)).contains("us-east-1");
    }

    @Test
    void keyBeforeAnySectionRejectsTheFile() throws IOException {
        ProfileSnapshot files = read("region = us-east-1\n[profile admin]\n", "");

        assertThat(files.rejectedFiles()).singleElement().asString()
                .contains(files.configFile()).contains("line 1");
        assertThat(ProfileInspector.listing(files).problems()).hasSize(1);
    }

    @Test
    void conflictingSourceKeysAreListed() throws IOException {
        ProfileSnapshot files = read("[profile both]\nrole_arn = arn:aws:iam::123456789012:role/x\n"
                + "source_profile = dev\ncredential_source = Environment\n\n[profile none]\n"
                + "role_arn = arn:aws:iam::123456789012:role/x\n\n[profile unknown]\n"
                + "role_arn = arn:aws:iam::123456789012:role/x\ncredential_source = Laptop\n",
                "[dev]\naws_access_key_id = A\naws_secret_access_key = S\n");

        assertThat(ProfileInspector.problems(files, "both")).singleElement().asString()
                .contains("both source_profile and credential_source");
        assertThat(ProfileInspector.problems(files, "none")).singleElement().asString()
                .contains("neither source_profile nor credential_source");
        assertThat(ProfileInspector.problems(files, "unknown")).singleElement().asString()
                .contains("Laptop");
    }

    @Test
    void partialKeysAreListed() throws IOException {
        ProfileSnapshot files = read("", "[half]\naws_access_key_id = A\n");

        assertThat(ProfileInspector.problems(files, "half")).singleElement().asString()
                .contains("only one of aws_access_key_id and aws_secret_access_key");
    }

    @Test
    void missingFilesHoldNoProfilesAndNoProblems() {
        Environment environment = Environment.of(Map.of(
                ProfilePaths.CONFIG_FILE_VARIABLE, folder.resolve("absent-config").toString(),
                ProfilePaths.CREDENTIALS_FILE_VARIABLE, folder.resolve("absent-credentials").toString()));

        ProfileListing listing = new SdkProfileRepository(environment, folder).list();

        assertThat(listing.profiles()).isEmpty();
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void tildeInVariableIsTheHomeFolder() {
        ProfilePaths paths = ProfilePaths.resolve(Environment.of(Map.of(
                ProfilePaths.CONFIG_FILE_VARIABLE, "~/aws/config",
                ProfilePaths.CREDENTIALS_FILE_VARIABLE, "")), Path.of("/home/alice"));

        assertThat(paths.configFile()).isEqualTo(Path.of("/home/alice/aws/config"));
        assertThat(paths.credentialsFile()).isEqualTo(Path.of("/home/alice/.aws/credentials"));
    }

    @Test
    void homeVariableIsTheHomeFolder() {
        Path home = folder.resolve("alice");
        Environment environment = Environment.of(Map.of("HOME", home.toString(),
                ProfilePaths.CREDENTIALS_FILE_VARIABLE, "~/keys"));

        SdkProfileRepository repository = new SdkProfileRepository(environment);

        assertThat(repository.paths().configFile()).isEqualTo(home.resolve(".aws").resolve("config"));
        assertThat(repository.paths().credentialsFile()).isEqualTo(home.resolve("keys"));
        assertThat(ProfilePaths.resolve(environment).configFile()).isEqualTo(home.resolve(".aws/config"));
    }

    @Test
    void emptyHomeVariableFallsBackToUserHome() {
        Environment environment = Environment.of(Map.of("HOME", ""));

        assertThat(ProfilePaths.homeFolder(environment)).isEqualTo(Path.of(System.getProperty("user.home")));
    }

    @Test
    void namesTheSdkRejectsAreReported() throws IOException {
        List<String> names = List.of("dev(eu)", "it's", "a$b", "a!b", "a\"b", "a\\b", "a`b", "a[b", "a=b",
                "caf\u00e9");
        List<String> characters = List.of("(", "'", "$", "!", "\"", "\\", "`", "[", "=", "\u00e9");
        StringBuilder config = new StringBuilder("[profile ok-1_2.3/x%y@z:+w]\nregion = eu-west-1\n");
        for (String name : names) {
            config.append("[profile ").append(name).append("]\nregion = eu-west-1\n");
        }

        ProfileSnapshot files = read(config.toString(), "");

        assertThat(files.names()).containsExactly("ok-1_2.3/x%y@z:+w");
        List<String> problems = ProfileInspector.listing(files).problems();
        assertThat(problems).hasSize(names.size());
        for (int index = 0; index < names.size(); index++) {
            assertThat(problems.get(index)).contains("Profile name '" + names.get(index) + "'")
                    .contains("on line " + (2 * index + 3) + " of " + files.configFile())
                    .contains("contains '" + characters.get(index) + "'")
                    .contains("letters, digits and - _ .");
        }
    }

    @Test
    void assumingRejectedNameSaysWhy() throws IOException {
        ProfileSnapshot files = read("[profile dev(eu)]\nrole_arn = arn:aws:iam::123456789012:role/t\n"
                + "source_profile = base\n", "[base]\naws_access_key_id = A\naws_secret_access_key = S\n");

        assertThatThrownBy(() -> new ChainResolver(files).resolve("dev(eu)"))
                .isInstanceOfSatisfying(ChainException.class,
                        broken -> assertThat(broken.reason()).isEqualTo(ChainException.Reason.PROFILE_NOT_FOUND))
                .hasMessageContaining("contains '('")
                .hasMessageContaining("line 1")
                .hasMessageNotContaining("was not found");
    }

    @Test
    void directoryAsFileIsNamed() throws IOException {
        Path directory = Files.createDirectory(folder.resolve("a-directory"));
        Environment environment = Environment.of(Map.of(
                ProfilePaths.CONFIG_FILE_VARIABLE, directory.toString(),
                ProfilePaths.CREDENTIALS_FILE_VARIABLE, directory.toString()));

        List<String> problems = new SdkProfileRepository(environment, folder).list().problems();

        assertThat(problems).containsExactly(
                directory + " is a directory, not a file. Point AWS_CONFIG_FILE at the file.",
                directory + " is a directory, not a file. Point AWS_SHARED_CREDENTIALS_FILE at the file.");
    }

    @Test
    void malformedRegionIsListed() throws IOException {
        ProfileSnapshot files = read("[profile a]\nregion = eu_west_1\n[profile b]\nregion = -eu\n"
                + "[profile c]\nregion = eu-west-1\n", "");

        assertThat(ProfileInspector.problems(files, "a")).singleElement().asString()
                .contains("malformed region").contains("eu-west-1");
        assertThat(ProfileInspector.problems(files, "b")).hasSize(1);
        assertThat(ProfileInspector.problems(files, "c")).isEmpty();
    }
}
