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

/** Builds the core for a test: its own files and environment, STS on a loopback endpoint, short timeouts. */
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
        Environment environment = CaseFiles.environment(folder, variables);
        StsSettings settings = new StsSettings();
        settings.endpointOverride(endpoint);
        return new DefaultRoleAssumer(new SdkProfileRepository(environment, folder.resolve("no-home")),
                new StsClientFactory(Duration.ofSeconds(2), Duration.ofSeconds(2)), settings,
                new CredentialProcessRunner(Duration.ofSeconds(20), CLOCK), environment, CLOCK);
    }
}
