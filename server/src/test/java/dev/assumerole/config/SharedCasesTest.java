package dev.assumerole.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assumerole.testing.CaseFiles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real-world files of {@code resources/cases}: what the listing and the chain show for each, against what
 * botocore 1.43 does with the same files. Where this tool deliberately differs, the test name says so.
 */
class SharedCasesTest {

    private static ProfileSummary profile(ProfileListing listing, String name) {
        Optional<ProfileSummary> found = listing.profiles().stream().filter(p -> p.name().equals(name)).findFirst();
        assertThat(found).as("profile %s in %s", name, listing.profiles()).isPresent();
        return found.get();
    }

    private static ProfileListing listing(String name) {
        return CaseFiles.repository(CaseFiles.folder(name)).list();
    }

    // 01: botocore rejects a file that starts with a byte-order mark; this tool skips the mark and reports it.

    @Test
    void byteOrderMarkOnConfigIsToleratedUnlikeBotocore() {
        ProfileListing listing = listing("01-utf8-bom");

        assertThat(listing.profiles()).extracting(ProfileSummary::name).containsExactly("admin", "default");
        assertThat(profile(listing, "admin").mfaSerial()).isEqualTo("arn:aws:iam::123456789012:mfa/alice");
        assertThat(profile(listing, "default").region()).isEqualTo("us-east-1");
        assertThat(listing.problems()).singleElement().asString()
                .contains(listing.configFile()).contains("byte-order mark");
    }

    @Test
    void byteOrderMarkOnCredentialsIsToleratedUnlikeBotocore() {
        ProfileListing listing = listing("01-utf8-bom/variant-credentials-bom");

        assertThat(profile(listing, "default").kind()).isEqualTo(ProfileKind.STATIC_KEYS);
        assertThat(listing.problems()).singleElement().asString()
                .contains(listing.credentialsFile()).contains("byte-order mark");
        Chain chain = new ChainResolver(CaseFiles.snapshot("01-utf8-bom/variant-credentials-bom")).resolve("admin");
        assertThat(chain.source().type()).isEqualTo(Chain.SourceType.STATIC_KEYS);
        assertThat(CaseFiles.snapshot("01-utf8-bom/variant-credentials-bom")
                .property("default", ProfileKeys.ACCESS_KEY_ID)).contains("AKIAIOSFODNN7EXAMPLE");
    }

    // 02: CRLF line endings leave no carriage return in any name or value.

    @Test
    void crlfLineEndingsLeaveNoCarriageReturn() {
        ProfileSnapshot files = CaseFiles.snapshot("02-crlf-line-endings");
        Chain chain = new ChainResolver(files).resolve("admin");

        assertThat(files.names()).containsExactly("admin", "default");
        assertThat(chain.region()).isEqualTo("eu-west-1");
        assertThat(chain.hops()).singleElement().satisfies(hop -> {
            assertThat(hop.roleArn()).isEqualTo("arn:aws:iam::123456789012:role/admin");
            assertThat(hop.mfaSerial()).isEqualTo("arn:aws:iam::123456789012:mfa/alice");
        });
        assertThat(files.property("default", ProfileKeys.SECRET_ACCESS_KEY))
                .contains("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        assertThat(files.property("default", ProfileKeys.REGION)).contains("us-east-1");
        assertThat(listing("02-crlf-line-endings").problems()).isEmpty();
    }

    // 04: [profile default] is the default profile; with both headers the later one wins, as in botocore.

    @Test
    void prefixedDefaultSectionIsTheDefaultProfile() {
        ProfileSnapshot files = CaseFiles.snapshot("04-profile-default-prefix");

        assertThat(files.property("default", ProfileKeys.REGION)).contains("eu-central-1");
        assertThat(files.property("default", "output")).contains("json");
        Chain chain = new ChainResolver(files).resolve("admin");
        assertThat(chain.source()).isEqualTo(new Chain.Source("default", Chain.SourceType.STATIC_KEYS, null));
        assertThat(chain.region()).isEqualTo("eu-central-1");
    }

    @Test
    void laterOfBothDefaultSectionsWinsWhole() {
        ProfileSnapshot files = CaseFiles.snapshot("04-profile-default-prefix/variant-both-default-sections");

        assertThat(files.property("default", ProfileKeys.REGION)).contains("eu-central-1");
        assertThat(files.property("default", "output")).isEmpty();
        assertThat(files.findings().get("default")).singleElement().asString()
                .contains("lines 1 and 5").contains("on line 5");
    }

    @Test
    void laterPlainDefaultSectionWinsWhenReversed() {
        ProfileSnapshot files =
                CaseFiles.snapshot("04-profile-default-prefix/variant-both-default-sections-reversed");

        assertThat(files.property("default", ProfileKeys.REGION)).contains("us-east-1");
        assertThat(files.property("default", "output")).contains("text");
        assertThat(files.property("default", ProfileKeys.ACCESS_KEY_ID)).contains("AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void adminWithoutRegionHasNoRegionInBothDefaultsVariant() {
        ProfileSnapshot files = CaseFiles.snapshot("04-profile-default-prefix/variant-both-default-sections");

        assertThat(new ChainResolver(files).resolve("admin").region()).isNull();
    }

    // 06: an unprefixed section in the config file is not a profile; this tool names it and its line.

    @Test
    void unprefixedConfigSectionIsIgnoredAndReported() {
        ProfileListing listing = listing("06-unprefixed-section-in-config");
        ProfileSnapshot files = CaseFiles.snapshot("06-unprefixed-section-in-config");

        assertThat(listing.profiles()).extracting(ProfileSummary::name).containsExactly("default", "dev");
        ProfileSummary dev = profile(listing, "dev");
        assertThat(dev.kind()).isEqualTo(ProfileKind.STATIC_KEYS);
        assertThat(dev.region()).isNull();
        assertThat(dev.roleArn()).isNull();
        assertThat(files.property("dev", ProfileKeys.ACCESS_KEY_ID)).contains("AKIAI44QH8DHBEXAMPLE");
        assertThat(dev.problems()).singleElement().asString()
                .contains("[dev] on line 4").contains(listing.configFile()).contains("[profile dev]");
        assertThat(listing.problems()).singleElement().asString().contains("[ops] on line 9");
    }

    @Test
    void unprefixedConfigSectionProfileIsNotFound() {
        assertThatThrownBy(() -> new ChainResolver(CaseFiles.snapshot("06-unprefixed-section-in-config"))
                .resolve("ops"))
                .isInstanceOfSatisfying(ChainException.class,
                        failure -> assertThat(failure.reason()).isEqualTo(ChainException.Reason.PROFILE_NOT_FOUND))
                .hasMessageContaining("[ops] on line 9").hasMessageContaining("[profile ops]");
    }

    // 09: indented lines under "s3 =" belong to s3; a nested line without "=" rejects the file, as in botocore.

    @Test
    void nestedSubPropertiesStayUnderTheirKey() {
        ProfileSnapshot files = CaseFiles.snapshot("09-nested-s3-subsection");
        Map<String, String> defaults = files.profile("default").orElseThrow().properties();

        assertThat(defaults).containsEntry("output", "json").containsEntry("region", "us-east-1");
        assertThat(defaults).doesNotContainKeys("max_concurrent_requests", "addressing_style");
        assertThat(files.property("admin", ProfileKeys.REGION)).contains("eu-west-1");
        assertThat(files.profile("admin").orElseThrow().properties()).doesNotContainKey("max_queue_size");
        assertThat(new ChainResolver(files).resolve("admin").hops()).singleElement()
                .extracting(Chain.Hop::roleArn).isEqualTo("arn:aws:iam::123456789012:role/admin");
    }

    @Test
    void nestedLineWithoutEqualsRejectsTheFile() {
        ProfileSnapshot files = CaseFiles.snapshot("09-nested-s3-subsection/variant-bad-nested-line");

        assertThat(files.rejectedFiles()).singleElement().asString()
                .contains(files.configFile()).contains("line 4");
        assertThatThrownBy(() -> new ChainResolver(files).resolve("default"))
                .isInstanceOfSatisfying(ChainException.class,
                        failure -> assertThat(failure.reason()).isEqualTo(ChainException.Reason.CONFIG_ERROR))
                .hasMessageContaining(files.configFile());
    }

    // 10: botocore rejects a file with a repeated section or key; this tool merges and names both lines.

    @Test
    void repeatedSectionIsMergedAndReportedUnlikeBotocore() {
        ProfileListing listing = listing("10-duplicate-section-or-key");
        ProfileSummary test = profile(listing, "test");

        assertThat(test.region()).isEqualTo("eu-central-1");
        assertThat(test.kind()).isEqualTo(ProfileKind.STATIC_KEYS);
        assertThat(test.problems()).anySatisfy(problem -> assertThat(problem)
                .contains("defined twice").contains("lines 1 and 5").contains(listing.configFile()));
    }

    @Test
    void keyRepeatedInOtherCaseIsReportedUnlikeBotocore() {
        ProfileListing listing = listing("10-duplicate-section-or-key/variant-duplicate-key-in-credentials");
        ProfileSnapshot files = CaseFiles.snapshot("10-duplicate-section-or-key/variant-duplicate-key-in-credentials");

        assertThat(profile(listing, "test").problems()).anySatisfy(problem -> assertThat(problem)
                .contains("AWS_ACCESS_KEY_ID").contains("lines 2 and 4").contains(listing.credentialsFile()));
        assertThat(files.property("test", ProfileKeys.ACCESS_KEY_ID)).contains("AKIAIOSFODNN7EXAMPLE");
    }

    // 12: a cycle is found before any call; a source with static keys ends the walk.

    @Test
    void cycleNamesEveryProfileInIt() {
        ProfileSnapshot files = CaseFiles.snapshot("12-source-profile-cycle");

        assertThatThrownBy(() -> new ChainResolver(files).resolve("alice"))
                .isInstanceOfSatisfying(ChainException.class,
                        failure -> assertThat(failure.reason()).isEqualTo(ChainException.Reason.CONFIG_ERROR))
                .hasMessageContaining("alice -> prod -> dev -> alice");
        assertThat(profile(listing("12-source-profile-cycle"), "alice").problems())
                .anySatisfy(problem -> assertThat(problem).contains("cycle"));
    }

    @Test
    void sourceWithStaticKeysEndsTheWalkBeforeTheCycle() {
        ProfileSnapshot files = CaseFiles.snapshot("12-source-profile-cycle");

        Chain dev = new ChainResolver(files).resolve("dev");
        assertThat(dev.source()).isEqualTo(new Chain.Source("alice", Chain.SourceType.STATIC_KEYS, null));
        assertThat(dev.hops()).extracting(Chain.Hop::roleArn)
                .containsExactly("arn:aws:iam::123456789012:role/testRole1");

        Chain prod = new ChainResolver(files).resolve("prod");
        assertThat(prod.source().profile()).isEqualTo("alice");
        assertThat(prod.hops()).extracting(Chain.Hop::roleArn).containsExactly(
                "arn:aws:iam::123456789012:role/testRole1", "arn:aws:iam::123456789012:role/testRole2");
        assertThat(prod.hops()).extracting(Chain.Hop::mfaSerial).containsOnlyNulls();
    }

    // 14: a source profile without credentials fails only when a chain uses it.

    @Test
    void sourceWithoutCredentialsFailsOnlyItsChain() {
        ProfileListing listing = listing("14-source-profile-without-credentials");
        ProfileSnapshot files = CaseFiles.snapshot("14-source-profile-without-credentials");

        assertThat(listing.profiles()).extracting(ProfileSummary::name).containsExactly("bar", "foo");
        assertThat(listing.problems()).isEmpty();
        assertThat(profile(listing, "foo").problems()).isEmpty();
        assertThat(profile(listing, "bar").roleArn()).isEqualTo("arn:aws:iam::123456789012:role/Administrator");
        assertThatThrownBy(() -> new ChainResolver(files).resolve("bar"))
                .isInstanceOf(ChainException.class)
                .hasMessageContaining("'foo'").hasMessageContaining(files.configFile());
    }

    // 15: mfa_serial counts only on the profile that sets the role_arn; on a source it is reported as ignored.

    @Test
    void mfaSerialOnSourceProfileIsIgnored() {
        Chain chain = new ChainResolver(CaseFiles.snapshot("15-mfa-serial-on-source-profile")).resolve("admin");

        assertThat(chain.hops()).singleElement().extracting(Chain.Hop::mfaSerial).isNull();
        assertThat(profile(listing("15-mfa-serial-on-source-profile"), "alice").problems())
                .singleElement().asString().contains("mfa_serial").contains("ignored");
    }

    // 17: the region comes from the profile; AWS_REGION and AWS_DEFAULT_REGION are not read (see docs).

    @Test
    void regionComesFromTheProfile() {
        assertThat(new ChainResolver(CaseFiles.snapshot("17-env-region-precedence")).resolve("admin").region())
                .isEqualTo("us-west-2");
    }

    // 20: duration_seconds is read from the role profile; its problems are listed.

    @Test
    void durationProblemsAreListed() {
        ProfileListing listing = listing("20-duration-seconds-over-max");

        assertThat(profile(listing, "twelve-hours").durationSeconds()).isEqualTo(43200);
        assertThat(profile(listing, "twelve-hours").problems()).isEmpty();
        assertThat(profile(listing, "over-sts-max").problems()).singleElement().asString().contains("50000");
        assertThat(profile(listing, "too-short").problems()).singleElement().asString().contains("600");
        assertThat(profile(listing, "not-a-number").durationSeconds()).isNull();
        assertThat(profile(listing, "not-a-number").problems()).singleElement().asString()
                .contains("1h").contains("not a whole number");
    }

    // 21: each hop keeps its own duration_seconds; there is no inheritance along the chain.

    @Test
    void eachHopKeepsItsOwnDuration() {
        Chain chain = new ChainResolver(CaseFiles.snapshot("21-role-chaining-duration")).resolve("sandbox-admin");

        assertThat(chain.hops()).extracting(Chain.Hop::profile).containsExactly("jump", "sandbox-admin");
        assertThat(chain.hops()).extracting(Chain.Hop::durationSeconds).containsExactly("43200", "7200");
        assertThat(chain.hops()).extracting(Chain.Hop::mfaSerial)
                .containsExactly("arn:aws:iam::123456789012:mfa/alice", null);
    }

    // 24: a credential_process source keeps the MFA of the role profile.

    @Test
    void credentialProcessSourceKeepsMfa() {
        ProfileListing listing = listing("24-mfa-with-credential-process-source");
        Chain chain = new ChainResolver(CaseFiles.snapshot("24-mfa-with-credential-process-source")).resolve("role");

        assertThat(profile(listing, "user").kind()).isEqualTo(ProfileKind.CREDENTIAL_PROCESS);
        assertThat(chain.source().type()).isEqualTo(Chain.SourceType.CREDENTIAL_PROCESS);
        assertThat(chain.source().command()).startsWith("printf '{\"Version\": 1");
        assertThat(chain.hops()).singleElement().extracting(Chain.Hop::mfaSerial)
                .isEqualTo("arn:aws:iam::123456789012:mfa/alice");
    }

    @Test
    void everyCaseProfileIsListedWithoutException() {
        for (String name : List.of("01-utf8-bom", "02-crlf-line-endings", "04-profile-default-prefix",
                "06-unprefixed-section-in-config", "09-nested-s3-subsection", "10-duplicate-section-or-key",
                "12-source-profile-cycle", "14-source-profile-without-credentials",
                "15-mfa-serial-on-source-profile", "17-env-region-precedence",
                "18-aws-default-profile-vs-aws-profile", "20-duration-seconds-over-max",
                "21-role-chaining-duration", "24-mfa-with-credential-process-source")) {
            assertThat(listing(name).profiles()).as(name).isNotEmpty();
        }
    }
}
