package dev.assumerole.lsp;

import dev.assumerole.credentials.StsSettings;
import dev.assumerole.session.SessionService;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.logging.Logger;

/** Applies the client's settings to the STS settings, the session service, the log and the message trace. */
@Singleton
public class SettingsApplier {
    private static final Logger LOG = Logger.getLogger(SettingsApplier.class.getName());

    private final StsSettings sts;
    private final SessionService sessions;
    private final LogForwarding logging;
    private final MessageTracer tracer;

    @Inject
    public SettingsApplier(StsSettings sts, SessionService sessions, LogForwarding logging, MessageTracer tracer) {
        this.sts = sts;
        this.sessions = sessions;
        this.logging = logging;
        this.tracer = tracer;
    }

    public void apply(ClientSettings settings, String source) {
        settings.logLevel().ifPresent(level -> {
            logging.level(level);
            LOG.info(() -> "Log level " + level + " (from " + source + ")");
        });
        for (String problem : settings.problems()) {
            LOG.warning(problem);
        }
        settings.traceMessages().ifPresent(trace -> {
            tracer.enabled(trace || MessageTracer.requestedByEnvironment());
            LOG.info(() -> "Message trace " + (tracer.enabled() ? "on, redacted, on stderr" : "off"));
        });
        settings.defaultDurationSeconds().ifPresent(seconds -> {
            sts.defaultDurationSeconds(seconds);
            LOG.info(() -> "Default session duration " + seconds + " s (from " + source + ")");
        });
        settings.warningMinutes().ifPresent(minutes -> {
            sessions.warningTime(Duration.ofMinutes(minutes));
            LOG.info(() -> "Expiry warning " + minutes + " min before the end (from " + source + ")");
        });
        settings.stsEndpoint().ifPresent(endpoint -> {
            sts.endpointOverride(endpoint.orElse(null));
            LOG.info(() -> "STS endpoint " + endpoint.map(uri -> uri.toString()).orElse("from the SDK's resolution")
                    + " (from " + source + ")");
        });
    }
}
