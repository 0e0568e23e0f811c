package dev.assumerole.credentials;

import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;

/**
 * Settings for STS calls that the editor can change while the server runs. Thread-safe.
 * The endpoint override, when set, wins over the SDK's own resolution ({@code AWS_ENDPOINT_URL_STS},
 * {@code AWS_ENDPOINT_URL}, {@code endpoint_url} in the config file).
 */
@Singleton
public class StsSettings {
    /** STS's own default session length, used when neither the request nor the profile names one. */
    public static final int DEFAULT_DURATION_SECONDS = 3600;

    private volatile URI endpointOverride;
    private volatile int defaultDurationSeconds = DEFAULT_DURATION_SECONDS;

    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpointOverride);
    }

    /** Sets the STS endpoint, or clears it with null. */
    public void endpointOverride(URI endpoint) {
        this.endpointOverride = endpoint;
    }

    public int defaultDurationSeconds() {
        return defaultDurationSeconds;
    }

    public void defaultDurationSeconds(int seconds) {
        this.defaultDurationSeconds = seconds;
    }
}
