package dev.assumerole.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assumerole.testing.CaseFiles;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

class StsClientFactoryTest {
    private static final URI ENDPOINT = URI.create("http://127.0.0.1:9");

    private final StsClientFactory factory = new StsClientFactory();

    @AfterEach
    void closeClients() {
        factory.close();
    }

    @Test
    void reusesClientForSameRegionEndpointAndFiles() {
        ProfileFile files = CaseFiles.snapshot("02-crlf-line-endings").merged();
        ProfileFile sameContent = CaseFiles.snapshot("02-crlf-line-endings").merged();

        StsClient first = factory.client(Region.EU_WEST_1, ENDPOINT, "admin", files);

        assertThat(factory.client(Region.EU_WEST_1, ENDPOINT, "admin", sameContent)).isSameAs(first);
        assertThat(factory.client(Region.US_EAST_1, ENDPOINT, "admin", files)).isNotSameAs(first);
        assertThat(factory.client(Region.EU_WEST_1, null, "admin", files)).isNotSameAs(first);
    }

    @Test
    void replacesClientWhenFilesChange() {
        StsClient first = factory.client(Region.EU_WEST_1, ENDPOINT, "admin",
                CaseFiles.snapshot("02-crlf-line-endings").merged());

        StsClient second = factory.client(Region.EU_WEST_1, ENDPOINT, "admin",
                CaseFiles.snapshot("09-nested-s3-subsection").merged());

        assertThat(second).isNotSameAs(first);
    }
}
