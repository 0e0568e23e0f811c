package dev.assumerole.testing;

import dev.assumerole.config.Environment;
import dev.assumerole.config.ProfilePaths;
import dev.assumerole.config.ProfileSnapshot;
import dev.assumerole.config.SdkProfileRepository;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The real-world config files under {@code src/test/resources/cases}, copied byte for byte. */
public final class CaseFiles {
    private CaseFiles() {
    }

    /** The folder of a case or of one of its variants, such as {@code 01-utf8-bom/variant-credentials-bom}. */
    public static Path folder(String name) {
        URL url = CaseFiles.class.getResource("/cases/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No test case folder " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException invalid) {
            throw new IllegalStateException(invalid);
        }
    }

    /** An environment that points both file variables at the folder and holds {@code extra} besides. */
    public static Environment environment(Path folder, Map<String, String> extra) {
        Map<String, String> variables = new HashMap<>(extra);
        variables.put(ProfilePaths.CONFIG_FILE_VARIABLE, folder.resolve("config").toString());
        variables.put(ProfilePaths.CREDENTIALS_FILE_VARIABLE, folder.resolve("credentials").toString());
        return Environment.of(variables);
    }

    public static Environment environment(Path folder) {
        return environment(folder, Map.of());
    }

    /** A repository for the folder; the home folder is one that holds no {@code .aws}. */
    public static SdkProfileRepository repository(Path folder) {
        return new SdkProfileRepository(environment(folder), folder.resolve("no-home"));
    }

    public static ProfileSnapshot snapshot(String name) {
        return repository(folder(name)).read();
    }
}
