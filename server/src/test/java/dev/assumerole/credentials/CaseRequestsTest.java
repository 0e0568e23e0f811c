package dev.assumerole.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assumerole.testing.CaseFiles;
import dev.assumerole.testing.StsStub;
import dev.assumerole.testing.TestCore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is sent to STS for the real-world files of {@code resources/cases}, checked against the requests
 * botocore 1.43 sent for the same files. Where this tool deliberately differs, the test name says so.
 */
class CaseRequestsTest {
    private static final String ALICE_MFA = "arn:aws:iam::123456789012:mfa/alice";
    private static final String STATIC_KEY = "AKIAIOSFODNN7EXAMPLE";

    private StsStub sts;

    @BeforeEach
    void startStub() {
        sts = StsStub.start();
        sts.answerAssumeRole("arn:aws:sts::123456789012:assumed-role/admin/session");
    }

    @AfterEach
    void stopStub() {
        sts.close();
    }

    private RoleSession assume(String folder, String profile, String code) {
        return assume(folder, profile, code, Map.of(), new ArrayList<>());
    }

    private RoleSession assume(String folder, String profile, String code, Map<String, String> variables,
            List<String> notices) {
        return TestCore.assumer(CaseFiles.folder(folder), sts.endpoint(), variables)
                .assume(new RoleRequest(profile, code, null), notices::add);
    }

    @Test
    void crlfProfileSendsCleanParametersWithMfa() {
        RoleSession session = assume("02-crlf-line-endings", "admin", "123456");

        assertThat(sts.calls()).singleElement().satisfies(call -> {
            assertThat(call.accessKeyId()).isEqualTo(STATIC_KEY);
            assertThat(call.signingRegion()).isEqualTo("eu-west-1");
            assertThat(call.hasSessionToken()).isFalse();
            assertThat(call.parameters()).containsEntry("Action", "AssumeRole")
                    .containsEntry("RoleArn", "arn:aws:iam::123456789012:role/admin")
                    .containsEntry("SerialNumber", ALICE_MFA)
                    .containsEntry("TokenCode", "123456")
                    .containsEntry("DurationSeconds", "3600");
            assertThat(call.parameters().get("RoleSessionName")).endsWith("-20261204T113400Z");
        });
        assertThat(session.region()).isEqualTo("eu-west-1");
        assertThat(session.accountId()).isEqualTo("123456789012");
        assertThat(session.credentials().accessKeyId()).isEqualTo(StsStub.TEMPORARY_KEY_ID);
    }

    @Test
    void byteOrderMarkProfileIsAssumedUnlikeBotocore() {
        assume("01-utf8-bom", "admin", "123456");

        assertThat(sts.calls()).singleElement().satisfies(call -> {
            assertThat(call.accessKeyId()).isEqualTo(STATIC_KEY);
            assertThat(call.parameters()).containsEntry("SerialNumber", ALICE_MFA);
        });
    }

    @Test
    void prefixedDefaultSourceSignsTheCall() {
        assume("04-profile-default-prefix", "admin", null);

        assertThat(sts.calls()).singleElement().satisfies(call -> {
            assertThat(call.accessKeyId()).isEqualTo(STATIC_KEY);
            assertThat(call.signingRegion()).isEqualTo("eu-central-1");
            assertThat(call.parameters()).doesNotContainKeys("SerialNumber", "TokenCode");
        });
    }

    @Test
    void profileWithoutRegionCallsUsEast1() {
        RoleSession session = assume("04-profile-default-prefix/variant-both-default-sections", "admin", null);

        assertThat(sts.calls()).singleElement().extracting(StsStub.Call::signingRegion).isEqualTo("us-east-1");
        assertThat(session.region()).isNull();
    }

    @Test
    void unprefixedConfigProfileIsNotFound() {
        assertThatThrownBy(() -> assume("06-unprefixed-section-in-config", "ops", null))
                .isInstanceOfSatisfying(AssumeRoleException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ErrorKind.PROFILE_NOT_FOUND));
        assertThatThrownBy(() -> assume("06-unprefixed-section-in-config", "dev", null))
                .isInstanceOfSatisfying(AssumeRoleException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ErrorKind.CONFIG_ERROR))
                .hasMessageContaining("no role_arn");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void rejectedFileStopsEveryProfileAsInBotocore() {
        assertThatThrownBy(() -> assume("09-nested-s3-subsection/variant-bad-nested-line", "default", null))
                .isInstanceOfSatisfying(AssumeRoleException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ErrorKind.CONFIG_ERROR))
                .hasMessageContaining("line 4");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void nestedSubPropertiesDoNotHideTheRegion() {
        assume("09-nested-s3-subsection", "admin", null);

        assertThat(sts.calls()).singleElement().extracting(StsStub.Call::signingRegion).isEqualTo("eu-west-1");
    }

    @Test
    void cycleFailsBeforeAnyPromptOrCall() {
        assertThatThrownBy(() -> assume("12-source-profile-cycle", "alice", null))
                .isInstanceOfSatisfying(AssumeRoleException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ErrorKind.CONFIG_ERROR))
                .hasMessageContaining("alice -> prod -> dev -> alice");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void twoHopChainSignsSecondCallWithTemporaryKey() {
        assume("12-source-profile-cycle", "prod", null);

        List<StsStub.Call> calls = sts.calls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).parameters()).containsEntry("RoleArn", "arn:aws:iam::123456789012:role/testRole1");
        assertThat(calls.get(0).accessKeyId()).isEqualTo(STATIC_KEY);
        assertThat(calls.get(0).parameters()).doesNotContainKey("DurationSeconds");
        assertThat(calls.get(1).parameters()).containsEntry("RoleArn", "arn:aws:iam::123456789012:role/testRole2");
        assertThat(calls.get(1).accessKeyId()).isEqualTo(StsStub.TEMPORARY_KEY_ID);
        assertThat(calls.get(1).hasSessionToken()).isTrue();
        assertThat(calls).allSatisfy(call -> assertThat(call.parameters()).doesNotContainKey("TokenCode"));
    }

    @Test
    void sourceWithoutCredentialsNamesProfileAndFile() {
        assertThatThrownBy(() -> assume("14-source-profile-without-credentials", "bar", null))
                .isInstanceOfSatisfying(AssumeRoleException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ErrorKind.CONFIG_ERROR))
                .hasMessageContaining("'foo'")
                .hasMessageContaining("14-source-profile-without-credentials/config");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void mfaSerialOnSourceIsNotSentAsInBotocore() {
        assume("15-mfa-serial-on-source-profile", "admin", "123456");

        assertThat(sts.calls()).singleElement().satisfies(call -> {
            assertThat(call.parameters()).doesNotContainKeys("SerialNumber", "TokenCode");
            assertThat(call.accessKeyId()).isEqualTo(STATIC_KEY);
        });
    }

    @Test
    void profileRegionWinsOverRegionVariablesUnlikeBotocore() {
        assume("17-env-region-precedence", "admin", null,
                Map.of("AWS_DEFAULT_REGION", "us-east-1", "AWS_REGION", "ap-south-1"), new ArrayList<>());

        assertThat(sts.calls()).singleElement().extracting(StsStub.Call::signingRegion).isEqualTo("us-west-2");
    }

    @Test
    void twelveHourDurationIsSentWithMfa() {
        assume("20-duration-seconds-over-max", "twelve-hours", "123456");

        assertThat(sts.calls()).singleElement().satisfies(call -> assertThat(call.parameters())
                .containsEntry("DurationSeconds", "43200").containsEntry("SerialNumber", ALICE_MFA)
                .containsEntry("TokenCode", "123456"));
    }

    @Test
    void durationAboveStsMaximumFailsLocallyUnlikeBotocore() {
        assertThatThrownBy(() -> assume("20-duration-seconds-over-max", "over-sts-max", null))
                .isInstanceOfSatisfying(AssumeRoleException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining("50000");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void durationBelowMinimumFailsLocallyAsInBotocore() {
        assertThatThrownBy(() -> assume("20-duration-seconds-over-max", "too-short", null))
                .isInstanceOfSatisfying(AssumeRoleException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining("600");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void durationThatIsNotNumberFailsUnlikeBotocoreWhichDropsIt() {
        assertThatThrownBy(() -> assume("20-duration-seconds-over-max", "not-a-number", null))
                .isInstanceOfSatisfying(AssumeRoleException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining("1h");
        assertThat(sts.calls()).isEmpty();
    }

    @Test
    void requestedDurationReplacesInvalidProfileDuration() {
        TestCore.assumer(CaseFiles.folder("20-duration-seconds-over-max"), sts.endpoint())
                .assume(new RoleRequest("not-a-number", null, 1800));

        assertThat(sts.calls()).singleElement().satisfies(call -> assertThat(call.parameters())
                .containsEntry("DurationSeconds", "1800"));
    }

    @Test
    void chainedHopIsCappedAtOneHourUnlikeBotocore() {
        List<String> notices = new ArrayList<>();
        assume("21-role-chaining-duration", "sandbox-admin", "123456", Map.of(), notices);

        List<StsStub.Call> calls = sts.calls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).parameters()).containsEntry("RoleArn", "arn:aws:iam::123456789012:role/jump")
                .containsEntry("DurationSeconds", "43200").containsEntry("SerialNumber", ALICE_MFA)
                .containsEntry("TokenCode", "123456");
        assertThat(calls.get(1).parameters())
                .containsEntry("RoleArn", "arn:aws:iam::111122223333:role/sandbox-admin")
                .containsEntry("DurationSeconds", "3600")
                .doesNotContainKeys("SerialNumber", "TokenCode");
        assertThat(notices).singleElement().asString().contains("sandbox-admin").contains("7200");
    }

    @Test
    void singleHopKeepsTwelveHours() {
        assume("21-role-chaining-duration", "jump", "123456");

        assertThat(sts.calls()).singleElement().satisfies(call -> assertThat(call.parameters())
                .containsEntry("DurationSeconds", "43200").containsEntry("TokenCode", "123456"));
    }

    @Test
    void credentialProcessSourceSignsAndMfaIsSent() {
        assume("24-mfa-with-credential-process-source", "role", "123456");

        assertThat(sts.calls()).singleElement().satisfies(call -> {
            assertThat(call.accessKeyId()).isEqualTo(STATIC_KEY);
            assertThat(call.parameters()).containsEntry("RoleArn", "arn:aws:iam::111122223333:role/SomeRole")
                    .containsEntry("SerialNumber", ALICE_MFA).containsEntry("TokenCode", "123456");
        });
    }

    @Test
    void missingCodeAsksForItWithTheSerialBeforeAnyCall() {
        assertThatThrownBy(() -> assume("24-mfa-with-credential-process-source", "role", null))
                .isInstanceOfSatisfying(AssumeRoleException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(ErrorKind.MFA_CODE_REQUIRED);
                    assertThat(failure.mfaSerial()).isEqualTo(ALICE_MFA);
                });
        assertThat(sts.calls()).isEmpty();
    }
}
