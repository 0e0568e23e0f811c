package dev.assumerole.testing;

import dev.assumerole.config.Environment;
import dev.assumerole.config.SdkProfileRepository;
import dev.assumerole.credentials.CredentialProcessRunner;
import dev.assumerole.credentials.DefaultRoleAssumer;
import dev.assumerole.credentials.StsClientFactory;
import dev.assumerole.credentials.StsSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Builds the core for a test: its own files and environment, and STS on a loopback endpoint. */
public final class TestCore {
    /** The time tests run at; the session names they expect end in its timestamp. */
    public static final Instant NOW = Instant.parse("2026-12-04T11:34:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestCore() {
    }

    public static DefaultRoleAssumer assumer(Path folder, URI endpoint) {
        return assumer(folder, endpoint, Map.of());
    }

    public static DefaultRoleAssumer assumer(Path folder, URI endpoint, Map<String, String> variables) {
        return assumer(folder, endpoint, variables, StsClientFactory.READ_TIMEOUT);
    }

    /** Builds the core with a read timeout of its own, for tests of an STS that does not respond. */
    public static DefaultRoleAssumer assumer(Path folder, URI endpoint, Map<String, String> variables,
            Duration readTimeout) {
        Environment environment = CaseFiles.environment(folder, variables);
        StsSettings settings = new StsSettings();
        settings.endpointOverride(endpoint);
        return new DefaultRoleAssumer(new SdkProfileRepository(environment, folder.resolve("no-home")),
                new StsClientFactory(StsClientFactory.CONNECT_TIMEOUT, readTimeout), settings,
                new CredentialProcessRunner(Duration.ofSeconds(20), CLOCK), environment, CLOCK);
    }
}
