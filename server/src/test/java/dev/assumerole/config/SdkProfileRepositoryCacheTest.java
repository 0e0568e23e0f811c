package dev.assumerole.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SdkProfileRepositoryCacheTest {
    @TempDir
    Path folder;

    private SdkProfileRepository repository(Path config, Path credentials) {
        return new SdkProfileRepository(Environment.of(Map.of(
                "AWS_CONFIG_FILE", config.toString(),
                "AWS_SHARED_CREDENTIALS_FILE", credentials.toString())), folder);
    }

    @Test
    void unchangedFilesReturnTheSameSnapshot() throws Exception {
        Path config = Files.writeString(folder.resolve("config"), "[profile dev]\nregion = eu-west-1\n");
        SdkProfileRepository repository = repository(config, folder.resolve("credentials"));

        ProfileSnapshot first = repository.read();
        ProfileSnapshot second = repository.read();

        assertThat(second).isSameAs(first);
    }

    @Test
    void editOfSameSizeIsReadAgain() throws Exception {
        Path config = Files.writeString(folder.resolve("config"), "[profile dev]\nregion = eu-west-1\n");
        SdkProfileRepository repository = repository(config, folder.resolve("credentials"));
        repository.read();

        Files.writeString(config, "[profile dev]\nregion = eu-west-2\n");
        Files.setLastModifiedTime(config, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(repository.read().property("dev", "region")).contains("eu-west-2");
    }

    @Test
    void deletedFileIsReadAgain() throws Exception {
        Path config = Files.writeString(folder.resolve("config"), "[profile dev]\nregion = eu-west-1\n");
        SdkProfileRepository repository = repository(config, folder.resolve("credentials"));
        repository.read();

        Files.delete(config);

        assertThat(repository.read().profile("dev")).isEmpty();
    }
}
