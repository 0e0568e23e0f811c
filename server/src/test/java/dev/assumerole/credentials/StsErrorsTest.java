package dev.assumerole.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assumerole.config.Environment;
import dev.assumerole.config.ProfilePaths;
import dev.assumerole.config.SdkProfileRepository;
import dev.assumerole.testing.CaseFiles;
import dev.assumerole.testing.StsStub;
import dev.assumerole.testing.TestCore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of failure, against a scripted STS that responds with STS's own error documents. */
class StsErrorsTest {
    private static final String CODE = "731904";
    private static final Path FILES = CaseFiles.folder("../profiles/errors");

    private StsStub sts;

    @BeforeEach
    void startStub() {
        sts = StsStub.start();
    }

    @AfterEach
    void stopStub() {
        sts.close();
    }

    private RoleSession assume(String profile, String code) {
        return assume(profile, code, null, Map.of());
    }

    private RoleSession assume(String profile, String code, Integer duration, Map<String, String> variables) {
        return TestCore.assumer(FILES, sts.endpoint(), variables).assume(new RoleRequest(profile, code, duration));
    }

    private static void assertFailure(ThrowingCallable call, ErrorKind kind, String... fragments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AssumeRoleException.class, failure -> {
            assertThat(failure.kind()).isEqualTo(kind);
            assertThat(failure.getMessage()).contains(fragments).doesNotContain(CODE)
                    .doesNotContain("wJalrXUtnFEMI").doesNotContain(StsStub.TEMPORARY_SECRET);
        });
    }

    @Test
    void successfulCallSendsEveryParameterOfTheProfile() {
        sts.answerAssumeRole("arn:aws:sts::123456789012:assumed-role/admin/alice-audit");

        RoleSession session = assume("admin", CODE, 7200, Map.of());

        assertThat(sts.calls()).singleElement().satisfies(call -> assertThat(call.parameters())
                .containsEntry("Action", "AssumeRole")
                .containsEntry("Version", "2011-06-15")
                .containsEntry("RoleArn", "arn:aws:iam::123456789012:role/admin")
                .containsEntry("RoleSessionName", "alice-audit")
                .containsEntry("DurationSeconds", "7200")
                .containsEntry("ExternalId", "partner-4711")
                .containsEntry("SerialNumber", "arn:aws:iam::123456789012:mfa/alice")
                .containsEntry("TokenCode", CODE));
        assertThat(session.assumedRoleArn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/admin/alice-audit");
        assertThat(session.sessionName()).isEqualTo("alice-audit");
        assertThat(session.roleArn()).isEqualTo("arn:aws:iam::123456789012:role/admin");
        assertThat(session.expiration()).hasToString(StsStub.EXPIRATION);
        assertThat(session.region()).isEqualTo("eu-west-1");
    }

    @Test
    void defaultSessionNameIsLegalAndNamesTheUser() {
        sts.answerAssumeRole("arn:aws:sts::123456789012:assumed-role/plain/x");

        assume("plain", null);

        String name = sts.calls().get(0).parameters().get("RoleSessionName");
        assertThat(name).matches("[\\w+=,.@-]{2,64}").endsWith("-20261204T113400Z")
                .startsWith(SessionNames.sanitize(System.getProperty("user.name")));
    }

    @Test
    void wrongMfaCodeIsRejectedWithTheSerial() {
        sts.answerError(403, "Sender", "AccessDenied",
                "MultiFactorAuthentication failed with invalid MFA one time pass code.");

        assertThatThrownBy(() -> assume("admin", CODE))
                .isInstanceOfSatisfying(AssumeRoleException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(ErrorKind.MFA_CODE_REJECTED);
                    assertThat(failure.mfaSerial()).isEqualTo("arn:aws:iam::123456789012:mfa/alice");
                })
                .hasMessage("Cannot assume role for profile 'admin': the MFA code was not accepted. Wait for the "
                        + "next code and try again.");
    }

    @Test
    void roleRequiringMfaWithoutSerialSaysToAddIt() {
        sts.answerError(403, "Sender", "AccessDenied",
                "MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code.");

        assertFailure(() -> assume("plain", null), ErrorKind.ACCESS_DENIED, "'plain'", "mfa_serial");
    }

    @Test
    void durationAboveRoleMaximumIsReported() {
        sts.answerError(400, "Sender", "ValidationError",
                "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");

        assertFailure(() -> assume("plain", null, 43200, Map.of()), ErrorKind.DURATION_TOO_LONG,
                "'plain'", "43200", "arn:aws:iam::123456789012:role/plain", "MaxSessionDuration");
    }

    @Test
    void roleChainingLimitIsReported() {
        sts.answerError(400, "Sender", "ValidationError",
                "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");

        assertFailure(() -> assume("plain", null, 3600, Map.of()), ErrorKind.DURATION_TOO_LONG, "one hour");
    }

    @Test
    void invalidSourceKeysNameTheSourceProfile() {
        sts.answerError(403, "Sender", "InvalidClientTokenId",
                "The security token included in the request is invalid.");

        assertFailure(() -> assume("plain", null), ErrorKind.SOURCE_CREDENTIALS_INVALID, "'plain'", "'alice'",
                "invalid");
    }

    @Test
    void expiredSourceTokenIsReported() {
        sts.answerError(400, "Sender", "ExpiredToken", "The security token included in the request is expired");

        assertFailure(() -> assume("plain", null), ErrorKind.SOURCE_CREDENTIALS_INVALID, "'alice'", "expired");
    }

    @Test
    void accessDeniedNamesTheRoleArn() {
        sts.answerError(403, "Sender", "AccessDenied", "User: arn:aws:iam::123456789012:user/alice is not "
                + "authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/plain");

        assertFailure(() -> assume("plain", null), ErrorKind.ACCESS_DENIED, "arn:aws:iam::123456789012:role/plain",
                "trust policy");
    }

    @Test
    void throttlingIsRetriedThenReported() {
        sts.answerError(400, "Sender", "Throttling", "Rate exceeded");

        assertFailure(() -> assume("plain", null), ErrorKind.THROTTLED, "'plain'", "Rate exceeded");
        assertThat(sts.calls()).hasSizeGreaterThan(1);
    }

    @Test
    void otherStsErrorQuotesCodeWithoutTheMfaCode() {
        sts.answerError(400, "Sender", "InvalidParameterValue", "Value " + CODE + " is odd");

        assertFailure(() -> assume("admin", CODE), ErrorKind.STS_ERROR, "InvalidParameterValue", "******");
    }

    @Test
    void malformedResponseIsAnStsError() {
        sts.answerGarbage();

        assertFailure(() -> assume("plain", null), ErrorKind.STS_ERROR, "could not be read", "127.0.0.1");
    }

    @Test
    void refusedConnectionNamesTheEndpoint() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI endpoint = URI.create("http://127.0.0.1:" + closedPort);

        assertThatThrownBy(() -> TestCore.assumer(FILES, endpoint).assume(new RoleRequest("plain", null, null)))
                .isInstanceOfSatisfying(AssumeRoleException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ErrorKind.NETWORK))
                .hasMessageContaining(endpoint.toString());
    }

    @Test
    void unansweredCallTimesOut() {
        sts.answerLate(Duration.ofSeconds(3), "arn:aws:sts::123456789012:assumed-role/plain/x");
        DefaultRoleAssumer impatient = TestCore.assumer(FILES, sts.endpoint(), Map.of(), Duration.ofMillis(300));

        assertFailure(() -> impatient.assume(new RoleRequest("plain", null, null)), ErrorKind.NETWORK, "timed out",
                sts.endpoint().toString());
    }

    @Test
    void droppedConnectionIsANetworkError() {
        sts.answerConnectionReset();

        assertFailure(() -> assume("plain", null), ErrorKind.NETWORK, sts.endpoint().toString());
    }

    @Test
    void malformedCodeFailsBeforeAnyCall() {
        assertFailure(() -> assume("admin", "73190"), ErrorKind.INVALID_INPUT, "six digits");
        assertFailure(() -> assume("admin", "73a904"), ErrorKind.INVALID_INPUT, "six digits");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void requestedDurationOutOfRangeFailsBeforeAnyCall() {
        assertFailure(() -> assume("plain", null, 899, Map.of()), ErrorKind.INVALID_INPUT, "899");
        assertFailure(() -> assume("plain", null, 43201, Map.of()), ErrorKind.INVALID_INPUT, "43201");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void malformedArnAndSerialFailBeforeAnyCall() {
        assertFailure(() -> assume("bad-arn", null), ErrorKind.INVALID_INPUT, "role_arn", "12-digit");
        assertFailure(() -> assume("bad-serial", CODE), ErrorKind.INVALID_INPUT, "mfa_serial", ":user/");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void environmentSourceSignsWithProcessVariables() {
        sts.answerAssumeRole("arn:aws:sts::123456789012:assumed-role/env/x");

        assume("from-env", null, null, Map.of("AWS_ACCESS_KEY_ID", "AKIAENVEXAMPLE000001",
                "AWS_SECRET_ACCESS_KEY", "envSecretExample", "AWS_SESSION_TOKEN", "envToken"));

        assertThat(sts.calls()).singleElement().satisfies(call -> {
            assertThat(call.accessKeyId()).isEqualTo("AKIAENVEXAMPLE000001");
            assertThat(call.hasSessionToken()).isTrue();
        });
    }

    @Test
    void environmentSourceWithoutVariablesIsReported() {
        assertFailure(() -> assume("from-env", null), ErrorKind.SOURCE_CREDENTIALS_INVALID, "AWS_ACCESS_KEY_ID");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void instanceMetadataSourceIsNotSupported() {
        assertFailure(() -> assume("from-ec2", null), ErrorKind.NOT_SUPPORTED, "Ec2InstanceMetadata");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void ssoProfileIsNotSupportedYet() {
        assertFailure(() -> assume("sso", null), ErrorKind.NOT_SUPPORTED, "'sso'", "not supported yet");
    }

    @Test
    void profileThatIsItsOwnSourceUsesItsKeys() {
        sts.answerAssumeRole("arn:aws:sts::123456789012:assumed-role/self/x");

        assume("self", null);

        assertThat(sts.calls()).singleElement().extracting(StsStub.Call::accessKeyId)
                .isEqualTo("AKIAI44QH8DHBEXAMPLE");
    }

    @Test
    void chainedHopWithMfaOnFirstHopSendsCodeOnce() {
        sts.answerAssumeRole("arn:aws:sts::111122223333:assumed-role/chained/x");

        assume("chained", CODE);

        assertThat(sts.calls()).hasSize(2);
        assertThat(sts.calls().get(0).parameters()).containsEntry("TokenCode", CODE);
        assertThat(sts.calls().get(1).parameters()).doesNotContainKey("TokenCode");
        assertThat(sts.calls().get(0).parameters()).containsEntry("RoleSessionName", "alice-audit");
        assertThat(sts.calls().get(1).parameters().get("RoleSessionName")).endsWith("-20261204T113400Z");
    }

    @Test
    void failingProcessIsReportedWithoutItsOutput() {
        assertFailure(() -> assume("from-failing", null), ErrorKind.SOURCE_CREDENTIALS_INVALID,
                "'failing-process'", "exit code 3");
        assertThatThrownBy(() -> assume("from-failing", null))
                .hasMessageNotContaining("secret-in-stderr").hasMessageNotContaining("AKIAI44QH8DHBEXAMPLE");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void processPrintingNoJsonIsReportedWithoutItsOutput() {
        assertFailure(() -> assume("from-bad-json", null), ErrorKind.SOURCE_CREDENTIALS_INVALID,
                "'bad-json-process'", "not valid credentials");
        assertThatThrownBy(() -> assume("from-bad-json", null)).hasMessageNotContaining("not-json-but-maybe-secret");
    }

    @Test
    void temporarySourceKeysAreCappedAtOneHour() {
        sts.answerAssumeRole("arn:aws:sts::123456789012:assumed-role/admin/x");
        List<String> notices = new ArrayList<>();

        TestCore.assumer(FILES, sts.endpoint()).assume(new RoleRequest("from-temporary", null, 7200), notices::add);

        assertThat(sts.calls()).singleElement().satisfies(call -> {
            assertThat(call.parameters()).containsEntry("DurationSeconds", "3600");
            assertThat(call.accessKeyId()).isEqualTo("ASIAIOSFODNN7EXAMPLE");
        });
        assertThat(notices).singleElement().asString().contains("'from-temporary'").contains("session token")
                .contains("3600 s instead of 7200 s");
    }

    @Test
    void profileWithoutRoleArnIsAConfigError() {
        assertFailure(() -> assume("temporary", null), ErrorKind.CONFIG_ERROR, "'temporary'", "no role_arn");
    }

    @Test
    void malformedRegionFailsBeforeAnyCall() {
        assertFailure(() -> assume("bad-region", null), ErrorKind.INVALID_INPUT, "'bad-region'",
                "malformed region", "eu-west-1");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void endpointUrlThatIsNotHttpFailsBeforeAnyCall() {
        Environment environment = CaseFiles.environment(FILES, Map.of());
        DefaultRoleAssumer assumer = new DefaultRoleAssumer(new SdkProfileRepository(environment,
                FILES.resolve("no-home")), new StsClientFactory(), new StsSettings(),
                new CredentialProcessRunner(Duration.ofSeconds(5), TestCore.CLOCK), environment, TestCore.CLOCK);

        assertFailure(() -> assumer.assume(new RoleRequest("bad-endpoint", null, null)), ErrorKind.CONFIG_ERROR,
                "'bad-endpoint'", "endpoint_url = 'ftp://127.0.0.1:1'", "not an http or https URL");
    }

    @Test
    void endpointUrlShapesAreChecked() {
        assertThat(DefaultRoleAssumer.isHttpUrl("http://127.0.0.1:5123")).isTrue();
        assertThat(DefaultRoleAssumer.isHttpUrl("HTTPS://sts.eu-west-1.amazonaws.com/")).isTrue();
        assertThat(DefaultRoleAssumer.isHttpUrl("not a url")).isFalse();
        assertThat(DefaultRoleAssumer.isHttpUrl("ftp://127.0.0.1:5123")).isFalse();
        assertThat(DefaultRoleAssumer.isHttpUrl("127.0.0.1:5123")).isFalse();
        assertThat(DefaultRoleAssumer.isHttpUrl("http://")).isFalse();
    }

    @Test
    void missingConfigVariableFallsBackToHome() {
        assertThat(ProfilePaths.resolve(dev.assumerole.config.Environment.of(Map.of()), Path.of("/home/alice")))
                .isEqualTo(new ProfilePaths(Path.of("/home/alice/.aws/config"),
                        Path.of("/home/alice/.aws/credentials")));
    }
}
