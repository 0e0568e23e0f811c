package dev.assumerole.config;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Reads the config and credentials files through the SDK's {@link ProfileFile} parser, after a light scan of
 * their text for what that parser ignores without a word.
 */
public class SdkProfileRepository implements ProfileRepository {
    private static final Logger LOG = Logger.getLogger(SdkProfileRepository.class.getName());

    private final Environment environment;
    private final Path home;
    /** The last snapshot and the file stamps it was read at; a server reads the files for every request. */
    private volatile CachedSnapshot cached;

    /** A file's identity on disk: a change of any part means the file must be read again. */
    private record FileStamp(Path path, boolean exists, long modifiedNanos, long size) {
        static FileStamp of(Path path) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                return new FileStamp(path, true, attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                        attributes.size());
            } catch (IOException missingOrUnreadable) {
                return new FileStamp(path, false, 0, 0);
            }
        }
    }

    private record CachedSnapshot(List<FileStamp> stamps, ProfileSnapshot snapshot) {
    }

    @Inject
    public SdkProfileRepository(Environment environment) {
        this(environment, ProfilePaths.homeFolder(environment));
    }

    public SdkProfileRepository(Environment environment, Path home) {
        this.environment = environment;
        this.home = home;
    }

    @Override
    public ProfileListing list() {
        return ProfileInspector.listing(read());
    }

    @Override
    public List<Path> files() {
        ProfilePaths paths = paths();
        return List.of(paths.configFile(), paths.credentialsFile());
    }

    public ProfilePaths paths() {
        return ProfilePaths.resolve(environment, home);
    }

    /**
     * Reads both files as they are now. A broken file becomes a problem in the snapshot, never an exception.
     * When neither file's modification time nor size changed since the last read, that snapshot is returned.
     */
    public ProfileSnapshot read() {
        ProfilePaths paths = paths();
        List<FileStamp> stamps = List.of(FileStamp.of(paths.configFile()), FileStamp.of(paths.credentialsFile()));
        CachedSnapshot last = cached;
        if (last != null && last.stamps().equals(stamps)) {
            return last.snapshot();
        }
        ProfileSnapshot snapshot = readFiles(paths);
        cached = new CachedSnapshot(stamps, snapshot);
        return snapshot;
    }

    private ProfileSnapshot readFiles(ProfilePaths paths) {
        List<String> fileProblems = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        Map<String, List<String>> findings = new LinkedHashMap<>();

        ProfileFile config = parse(paths.configFile(), ProfileFile.Type.CONFIGURATION, fileProblems, rejected,
                findings, ProfilePaths.CONFIG_FILE_VARIABLE);
        ProfileFile credentials = parse(paths.credentialsFile(), ProfileFile.Type.CREDENTIALS, fileProblems,
                rejected, findings, ProfilePaths.CREDENTIALS_FILE_VARIABLE);
        ProfileFile merged = ProfileFile.aggregator().addFile(credentials).addFile(config).build();
        return new ProfileSnapshot(paths, config, credentials, merged, fileProblems, rejected, findings);
    }

    private static ProfileFile parse(Path path, ProfileFile.Type type, List<String> fileProblems,
            List<String> rejected, Map<String, List<String>> findings, String variable) {
        String file = path.toString();
        if (Files.isDirectory(path)) {
            String problem = ProfileMessages.fileIsDirectory(file, variable);
            fileProblems.add(problem);
            rejected.add(problem);
            LOG.warning(problem);
            return empty(type);
        }
        String content;
        try {
            content = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            LOG.fine(() -> "No file at " + file + "; it holds no profiles");
            return empty(type);
        } catch (IOException | SecurityException unreadable) {
            String problem = ProfileMessages.unreadableFile(file, reason(unreadable));
            fileProblems.add(problem);
            rejected.add(problem);
            LOG.log(Level.WARNING, problem);
            return empty(type);
        }

        ProfileFileScanner.Result scan = ProfileFileScanner.scan(content, type, file);
        for (ProfileFileScanner.Finding finding : scan.findings()) {
            if (finding.profile() == null) {
                fileProblems.add(finding.message());
            } else {
                findings.computeIfAbsent(finding.profile(), name -> new ArrayList<>()).add(finding.message());
            }
        }
        try {
            return build(scan.text(), type);
        } catch (IllegalArgumentException parserError) {
            String problem = ProfileMessages.rejectedFile(file, stripTrailingPeriod(parserError.getMessage()));
            fileProblems.add(problem);
            rejected.add(problem);
            LOG.warning(problem);
            return empty(type);
        }
    }

    /** Describes why a file could not be read in plain words, never as a Java type name. */
    private static String reason(Exception unreadable) {
        if (unreadable instanceof AccessDeniedException || unreadable instanceof SecurityException) {
            return "permission denied";
        }
        if (unreadable instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return "the file could not be read";
    }

    private static ProfileFile build(String text, ProfileFile.Type type) {
        return ProfileFile.builder()
                .content(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .type(type)
                .build();
    }

    private static ProfileFile empty(ProfileFile.Type type) {
        return build("", type);
    }

    private static String stripTrailingPeriod(String message) {
        if (message == null) {
            return "the parser rejected it";
        }
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
