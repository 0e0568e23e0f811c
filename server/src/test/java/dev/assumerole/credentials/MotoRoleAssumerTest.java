package dev.assumerole.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assumerole.testing.CaseFiles;
import dev.assumerole.testing.MotoServer;
import dev.assumerole.testing.TestCore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Role chains against moto, a real STS emulator on 127.0.0.1, which checks signatures and responds like STS. */
@ExtendWith(MotoServer.class)
class MotoRoleAssumerTest {
    private static final String CODE = "731904";

    @Test
    void assumesRoleWithMfaCodeFromSourceProfile(MotoServer moto) throws Exception {
        RoleSession session = TestCore.assumer(CaseFiles.folder("02-crlf-line-endings"), moto.endpoint())
                .assume(new RoleRequest("admin", CODE, 900));

        assertThat(session.assumedRoleArn())
                .isEqualTo("arn:aws:sts::123456789012:assumed-role/admin/" + session.sessionName());
        assertThat(session.sessionName()).endsWith("-20261204T113400Z");
        assertThat(session.accountId()).isEqualTo("123456789012");
        assertThat(session.credentials().accessKeyId()).startsWith("ASIA");
        assertThat(session.credentials().sessionToken()).isNotBlank();
        assertThat(moto.recordedBodies()).anySatisfy(body -> assertThat(body)
                .contains("Action=AssumeRole").contains("TokenCode=" + CODE).contains("DurationSeconds=900")
                .contains("SerialNumber=arn:aws:iam::123456789012:mfa/alice"));
    }

    @Test
    void assumesSecondHopWithFirstHopSession(MotoServer moto) throws Exception {
        List<String> notices = new ArrayList<>();
        RoleSession session = TestCore.assumer(CaseFiles.folder("21-role-chaining-duration"), moto.endpoint())
                .assume(new RoleRequest("sandbox-admin", CODE, null), notices::add);

        assertThat(session.assumedRoleArn()).startsWith("arn:aws:sts::111122223333:assumed-role/sandbox-admin/");
        assertThat(session.roleArn()).isEqualTo("arn:aws:iam::111122223333:role/sandbox-admin");
        assertThat(notices).hasSize(1);
        assertThat(moto.recordedBodies()).anySatisfy(body -> assertThat(body)
                .contains("RoleArn=arn:aws:iam::111122223333:role/sandbox-admin").contains("DurationSeconds=3600")
                .doesNotContain("TokenCode"));
    }

    @Test
    void assumesWithCredentialProcessSource(MotoServer moto) {
        RoleSession session = TestCore.assumer(CaseFiles.folder("24-mfa-with-credential-process-source"),
                moto.endpoint(), Map.of()).assume(new RoleRequest("role", CODE, null));

        assertThat(session.assumedRoleArn()).startsWith("arn:aws:sts::111122223333:assumed-role/SomeRole/");
        assertThat(session.region()).isEqualTo("us-east-1");
    }
}
