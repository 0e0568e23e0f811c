package dev.assumerole.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assumerole.testing.ChildProcess;
import dev.assumerole.testing.ChildProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data training run of the shaded jar, in a child JVM with an empty HOME and no AWS variable, and a
 * JVM started with the archive it records.
 */
class ClassDataTrainingIT {
    private static final Path JAR = Path.of(System.getProperty("assumeRole.jar"));

    @TempDir
    Path home;

    @TempDir
    Path output;

    @Test
    void trainingRecordsAnArchiveThatStartsTheJar() throws Exception {
        Path archive = home.resolve("server.jsa");

        Result training = java(List.of("-XX:ArchiveClassesAtExit=" + archive), ClassDataTraining.VERB);
        Result version = java(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"), "--version");

        assertThat(training.exit()).as("training exit code; stderr: %s", training.stderr()).isZero();
        assertThat(training.stdout()).as("training stdout").isEmpty();
        assertThat(archive).as("recorded archive").isNotEmptyFile();
        assertThat(version.exit()).as("--version exit code with the archive").isZero();
        assertThat(version.stdout()).as("stdout with the archive holds only the version").startsWith("assume-role ");
    }

    @Test
    void trainingReadsNoFileOfTheUser() throws Exception {
        Path aws = Files.createDirectories(home.resolve(".aws"));
        Files.writeString(aws.resolve("config"), "this line makes the parser reject the file\n");

        Result training = java(List.of(), ClassDataTraining.VERB);

        assertThat(training.exit()).as("training exit code despite a broken ~/.aws/config; stderr: %s",
                training.stderr()).isZero();
        try (var files = Files.list(home)) {
            assertThat(files.map(path -> path.getFileName().toString())).as("files left in HOME")
                    .containsExactly(".aws");
        }
    }

    private Result java(List<String> flags, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-Xlog:disable");
        command.add("-Xlog:all=warning:stderr");
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_"));
        environment.put("HOME", home.toString());
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        return ChildProcess.run(builder, output, Duration.ofSeconds(120));
    }
}
