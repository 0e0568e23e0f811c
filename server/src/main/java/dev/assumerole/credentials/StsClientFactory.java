package dev.assumerole.credentials;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds {@link StsClient}s on first use and keeps one per region, endpoint override and profile. Clients carry
 * no credentials of their own: each request brings the credentials of its hop. The profile file and name are
 * handed to the SDK so its endpoint resolution ({@code AWS_ENDPOINT_URL_STS}, {@code AWS_ENDPOINT_URL},
 * {@code endpoint_url}) works for the profile being assumed without reading any other file.
 */
@Singleton
public class StsClientFactory {
    /** Time allowed to open a connection to STS. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Time allowed between bytes of STS's response. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(StsClientFactory.class.getName());

    private record Key(Region region, URI endpointOverride, String profile) {
    }

    /** A client and the profile files it was built with. */
    private record Entry(ProfileFile profileFile, StsClient client) {
    }

    private final Map<Key, Entry> clients = new ConcurrentHashMap<>();
    private final Duration connectTimeout;
    private final Duration readTimeout;

    @Inject
    public StsClientFactory() {
        this(CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    public StsClientFactory(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /**
     * Returns the client for a region and, when not null, an endpoint that wins over the SDK's resolution.
     * When the files changed since the client was built, it is closed and replaced, because the endpoint may
     * come from them.
     */
    public StsClient client(Region region, URI endpointOverride, String profile, ProfileFile profileFile) {
        Key key = new Key(region, endpointOverride, profile);
        Entry entry = clients.compute(key, (unused, existing) -> {
            if (existing != null && existing.profileFile().equals(profileFile)) {
                return existing;
            }
            if (existing != null) {
                // NOTE: a call still running on the old client in another thread fails; the files rarely
                // change in the middle of an assume.
                existing.client().close();
            }
            return new Entry(profileFile, build(key, profileFile));
        });
        return entry.client();
    }

    private StsClient build(Key key, ProfileFile profileFile) {
        LOG.fine(() -> "Building an STS client for region " + key.region()
                + (key.endpointOverride() == null ? "" : " and endpoint " + key.endpointOverride()));
        var builder = StsClient.builder()
                .region(key.region())
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(connectTimeout)
                        .socketTimeout(readTimeout)
                        .build())
                .overrideConfiguration(override -> override
                        .defaultProfileFile(profileFile)
                        .defaultProfileName(key.profile()));
        if (key.endpointOverride() != null) {
            builder.endpointOverride(key.endpointOverride());
        }
        return builder.build();
    }

    /** Closes every client; later calls build new ones. */
    public void close() {
        clients.values().forEach(entry -> entry.client().close());
        clients.clear();
    }
}
