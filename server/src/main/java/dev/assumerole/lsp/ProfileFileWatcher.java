package dev.assumerole.lsp;

import dev.assumerole.config.ProfileListing;
import dev.assumerole.config.ProfileRepository;
import dev.assumerole.session.SessionService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches the config and credentials files and sends {@code aws/profilesChanged} when either changes.
 *
 * <p>It polls each file's existence, modification time, size and file key (the inode on Linux) every
 * {@link #POLL_INTERVAL}. Polling, unlike a WatchService, sees a file whose directory does not exist yet and a file
 * replaced by a rename, and costs a few stat calls a second. A burst of writes is reported once: the event is sent
 * after one poll that sees no further change.
 */
@Singleton
public class ProfileFileWatcher {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(ProfileFileWatcher.class.getName());

    private final ProfileRepository profiles;
    private final ClientNotifier notifier;
    private final ScheduledExecutorService timer;
    private List<Path> files;
    private List<FileState> lastSeen;
    private boolean changePending;
    private ScheduledFuture<?> polling;

    @Inject
    public ProfileFileWatcher(ProfileRepository profiles, ClientNotifier notifier,
            @Named(SessionService.TIMER) ScheduledExecutorService timer) {
        this.profiles = profiles;
        this.notifier = notifier;
        this.timer = timer;
    }

    /** Starts polling; a second call does nothing. */
    public synchronized void start() {
        if (polling != null) {
            return;
        }
        files = profiles.files();
        lastSeen = states();
        LOG.info(() -> "Watching the profile files " + files);
        polling = timer.scheduleWithFixedDelay(this::poll, POLL_INTERVAL.toMillis(), POLL_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void poll() {
        try {
            boolean report;
            synchronized (this) {
                List<FileState> now = states();
                if (!now.equals(lastSeen)) {
                    lastSeen = now;
                    changePending = true;
                    return;
                }
                report = changePending;
                changePending = false;
            }
            if (report) {
                ProfileListing listing = profiles.list();
                LOG.info(() -> "The profile files changed: " + listing.profiles().size() + " profiles, "
                        + listing.problems().size() + " file problems");
                notifier.profilesChanged();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Checking the profile files failed with " + e.getClass().getName());
        }
    }

    private List<FileState> states() {
        List<FileState> states = new ArrayList<>();
        for (Path file : files) {
            states.add(FileState.of(file));
        }
        return states;
    }

    /** What polling compares; a missing or unreadable file is {@link #MISSING}. */
    private record FileState(long modifiedMillis, long size, Object fileKey) {
        static final FileState MISSING = new FileState(-1, -1, null);

        static FileState of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileState(attributes.lastModifiedTime().toMillis(), attributes.size(),
                        Objects.requireNonNullElse(attributes.fileKey(), ""));
            } catch (IOException e) {
                return MISSING;
            }
        }
    }
}
