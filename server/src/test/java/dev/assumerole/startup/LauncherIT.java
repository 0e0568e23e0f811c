package dev.assumerole.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assumerole.testing.ChildProcess;
import dev.assumerole.testing.ChildProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/assume-role}, the launcher that records a class-data archive on first use and starts with it. */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("..", "bin", "assume-role").toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("assumeRole.jar"));
    private static final Duration RECORDING_DEADLINE = Duration.ofSeconds(120);

    @TempDir
    Path home;

    @TempDir
    Path output;

    @Test
    void firstRunRecordsArchiveThatLaterRunsUse() throws Exception {
        Path cache = home.resolve("cache");

        Result first = launch(cache, Map.of(), "--version");
        Path archive = awaitArchive(cache.resolve("assume-role"));
        Result second = launch(cache, Map.of(), "--version");

        assertThat(first.exit()).as("first run exit code; stderr: %s", first.stderr()).isZero();
        assertThat(first.stdout()).startsWith("assume-role ");
        assertThat(archive.getFileName().toString()).endsWith(".jsa");
        assertThat(second.exit()).as("second run exit code; stderr: %s", second.stderr()).isZero();
        assertThat(second.stdout()).as("stdout with the archive").isEqualTo(first.stdout());
        assertThat(second.stderr()).as("stderr with the archive").isEmpty();
    }

    @Test
    void classDataOffRecordsNothing() throws Exception {
        Path cache = home.resolve("cache");

        Result result = launch(cache, Map.of("ASSUME_ROLE_CLASS_DATA", "off"), "--version");

        assertThat(result.exit()).isZero();
        assertThat(cache).doesNotExist();
    }

    @Test
    void missingJarIsNamed() throws Exception {
        Result result = launch(home.resolve("cache"), Map.of("ASSUME_ROLE_JAR", home.resolve("none.jar").toString()),
                "--version");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.stderr()).contains("the jar was not found").contains("ASSUME_ROLE_JAR");
    }

    private Path awaitArchive(Path folder) throws Exception {
        Instant deadline = Instant.now().plus(RECORDING_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    List<Path> archives = files.filter(path -> path.toString().endsWith(".jsa")
                            || path.toString().endsWith(".aot")).toList();
                    if (!archives.isEmpty()) {
                        return archives.get(0);
                    }
                }
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("no class-data archive appeared in " + folder + " within " + RECORDING_DEADLINE);
    }

    private Result launch(Path cache, Map<String, String> extra, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args))
                .toList());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_"));
        environment.put("HOME", home.toString());
        environment.put("XDG_CACHE_HOME", cache.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("ASSUME_ROLE_JAR", JAR.toString());
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        environment.putAll(extra);
        return ChildProcess.run(builder, output, Duration.ofSeconds(60));
    }
}
