package dev.assumerole.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assumerole.config.ProfileListing;
import dev.assumerole.config.ProfileRepository;
import dev.assumerole.session.ManualClock;
import dev.assumerole.session.ManualScheduler;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFileWatcherTest {
    private static final Duration TICK = ProfileFileWatcher.POLL_INTERVAL;

    @TempDir
    Path folder;

    private final ManualScheduler timer = new ManualScheduler(new ManualClock(Instant.parse("2026-12-04T12:00:00Z")));
    private final AtomicInteger changes = new AtomicInteger();
    private ProfileFileWatcher watcher;
    private Path config;

    @BeforeEach
    void startWatcher() {
        config = folder.resolve("aws").resolve("config");
        ProfileRepository profiles = new ProfileRepository() {
            @Override
            public ProfileListing list() {
                return new ProfileListing(config.toString(), "", List.of(), List.of());
            }

            @Override
            public List<Path> files() {
                return List.of(config, folder.resolve("aws").resolve("credentials"));
            }
        };
        ClientProxyHolder holder = new ClientProxyHolder();
        holder.connect((AwsClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AwsClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("profilesChanged")) {
                        changes.incrementAndGet();
                    }
                    return null;
                }));
        watcher = new ProfileFileWatcher(profiles, new ClientNotifier(holder), timer);
        watcher.start();
    }

    @Test
    void fileInMissingFolderIsReportedOnceCreated() throws Exception {
        timer.advance(TICK.multipliedBy(3));
        assertThat(changes).hasValue(0);

        Files.createDirectories(config.getParent());
        Files.writeString(config, "[profile a]\n");
        timer.advance(TICK);
        assertThat(changes).hasValue(0);
        timer.advance(TICK);

        assertThat(changes).hasValue(1);
    }

    @Test
    void burstOfWritesIsReportedOnce() throws Exception {
        Files.createDirectories(config.getParent());
        Files.writeString(config, "[profile a]\n");
        timer.advance(TICK);
        Files.writeString(config, "[profile a]\nregion = eu-west-1\n");
        timer.advance(TICK);
        Files.writeString(config, "[profile a]\nregion = eu-west-2\nx = y\n");
        timer.advance(TICK);
        assertThat(changes).hasValue(0);

        timer.advance(TICK.multipliedBy(5));

        assertThat(changes).hasValue(1);
    }

    @Test
    void deletionIsReported() throws Exception {
        Files.createDirectories(config.getParent());
        Files.writeString(config, "[profile a]\n");
        timer.advance(TICK.multipliedBy(3));
        int before = changes.get();

        Files.delete(config);
        timer.advance(TICK.multipliedBy(2));

        assertThat(changes.get()).isEqualTo(before + 1);
    }

    @Test
    void stoppedWatcherReportsNothing() throws Exception {
        watcher.stop();
        Files.createDirectories(config.getParent());
        Files.writeString(config, "[profile a]\n");

        timer.advance(TICK.multipliedBy(3));

        assertThat(changes).hasValue(0);
    }
}
