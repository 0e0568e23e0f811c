package dev.assumerole.credentials;

import dev.assumerole.config.Chain;
import dev.assumerole.config.ChainException;
import dev.assumerole.config.ChainResolver;
import dev.assumerole.config.Environment;
import dev.assumerole.config.ParameterRules;
import dev.assumerole.config.ProfileInspector;
import dev.assumerole.config.ProfileKeys;
import dev.assumerole.config.ProfileMessages;
import dev.assumerole.config.ProfileSnapshot;
import dev.assumerole.config.SdkProfileRepository;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Assumes the role of a profile: resolves and validates its whole chain, then calls AssumeRole once per hop,
 * each signed with the credentials of the hop before it. Only the hop whose profile sets {@code mfa_serial}
 * sends the serial number and the code.
 */
@Singleton
public class DefaultRoleAssumer implements RoleAssumer {
    /** STS caps a session assumed with another role's credentials at one hour. */
    public static final int CHAINED_ROLE_MAX_SECONDS = 3600;
    /** The region for STS calls when the profile has none: us-east-1, in the global partition. */
    public static final String DEFAULT_REGION = "us-east-1";

    private static final Logger LOG = Logger.getLogger(DefaultRoleAssumer.class.getName());

    private final SdkProfileRepository profiles;
    private final StsClientFactory clients;
    private final StsSettings settings;
    private final CredentialProcessRunner processes;
    private final Environment environment;
    private final Clock clock;

    @Inject
    public DefaultRoleAssumer(SdkProfileRepository profiles, StsClientFactory clients, StsSettings settings,
            CredentialProcessRunner processes, Environment environment, Clock clock) {
        this.profiles = profiles;
        this.clients = clients;
        this.settings = settings;
        this.processes = processes;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public RoleSession assume(RoleRequest request) {
        return assume(request, notice -> { });
    }

    @Override
    public RoleSession assume(RoleRequest request, Consumer<String> notices) {
        String profile = request.profile() == null ? "" : request.profile().trim();
        if (profile.isEmpty()) {
            throw new AssumeRoleException(ErrorKind.INVALID_INPUT, null, Messages.emptyProfileName());
        }
        ProfileSnapshot files = profiles.read();
        Chain chain = resolve(files, profile);
        int finalDuration = validate(files, chain, request);
        Chain.Hop mfaHop = mfaHop(chain);
        String tokenCode = checkTokenCode(profile, mfaHop, request.tokenCode());

        Region region = Region.of(chain.region() == null ? DEFAULT_REGION : chain.region());
        URI override = settings.endpointOverride().orElse(null);
        if (override == null) {
            checkConfiguredEndpoint(files, profile);
        }
        String endpoint = describeEndpoint(files, profile, region, override);
        String sessionName = SessionNames.defaultName(environment, clock);
        LOG.info(() -> "Profile " + profile + ": " + chain.hops().size() + " AssumeRole call(s) to " + endpoint
                + " in " + region + ", first credentials from " + describe(chain.source())
                + (mfaHop == null ? ", no MFA" : ", MFA on the hop of profile " + mfaHop.profile()));

        TemporaryCredentials current = sourceCredentials(files, chain.source(), profile);
        String signer = describe(chain.source());
        RoleSession session = null;
        List<Chain.Hop> hops = chain.hops();
        for (int index = 0; index < hops.size(); index++) {
            Chain.Hop hop = hops.get(index);
            boolean last = index == hops.size() - 1;
            Integer duration = last ? Integer.valueOf(finalDuration) : parseDuration(hop.durationSeconds());
            boolean temporarySigner = index > 0 || current.sessionToken() != null;
            if (temporarySigner && duration != null && duration > CHAINED_ROLE_MAX_SECONDS) {
                String notice = index > 0 ? Messages.chainedDurationCapped(hop.profile(), duration)
                        : Messages.temporarySourceDurationCapped(hop.profile(), duration);
                LOG.info(notice);
                notices.accept(notice);
                duration = CHAINED_ROLE_MAX_SECONDS;
            }
            String name = hop.roleSessionName() == null ? sessionName : hop.roleSessionName();
            String code = hop == mfaHop ? tokenCode : null;
            StsErrorMapper.Context context = new StsErrorMapper.Context(profile, hop.profile(), hop.roleArn(),
                    hop.mfaSerial(), signer, endpoint, region.id(), files.fileOf(profile, ProfileKeys.ROLE_ARN),
                    tokenCode, duration);
            session = call(files, chain, hop, current, duration, name, code, region, override, context);
            current = session.credentials();
            signer = "the session of profile '" + hop.profile() + "'";
        }
        return session;
    }

    private static Chain resolve(ProfileSnapshot files, String profile) {
        try {
            return new ChainResolver(files).resolve(profile);
        } catch (ChainException broken) {
            ErrorKind kind = switch (broken.reason()) {
                case PROFILE_NOT_FOUND -> ErrorKind.PROFILE_NOT_FOUND;
                case NOT_SUPPORTED -> ErrorKind.NOT_SUPPORTED;
                case NOT_A_ROLE, CONFIG_ERROR -> ErrorKind.CONFIG_ERROR;
            };
            throw new AssumeRoleException(kind, profile, broken.getMessage());
        }
    }

    /** Checks every hop's settings and returns the duration of the last hop. */
    private int validate(ProfileSnapshot files, Chain chain, RoleRequest request) {
        for (Chain.Hop hop : chain.hops()) {
            String file = files.fileOf(hop.profile(), ProfileKeys.ROLE_ARN);
            check(hop.profile(), ProfileKeys.ROLE_ARN, hop.roleArn(), ParameterRules::checkRoleArn, file);
            check(hop.profile(), ProfileKeys.MFA_SERIAL, hop.mfaSerial(), ParameterRules::checkMfaSerial, file);
            check(hop.profile(), ProfileKeys.EXTERNAL_ID, hop.externalId(), ParameterRules::checkExternalId, file);
            check(hop.profile(), ProfileKeys.ROLE_SESSION_NAME, hop.roleSessionName(),
                    ParameterRules::checkSessionName, file);
            if (hop.profile().equals(chain.profile())) {
                check(hop.profile(), ProfileKeys.REGION, chain.region(), ParameterRules::checkRegion,
                        files.fileOf(hop.profile(), ProfileKeys.REGION));
            }
            boolean overridden = hop.profile().equals(chain.profile()) && request.durationSeconds() != null;
            if (!overridden) {
                Optional<String> durationProblem = ProfileInspector.durationProblem(files, hop.profile());
                if (durationProblem.isPresent()) {
                    throw new AssumeRoleException(ErrorKind.INVALID_INPUT, chain.profile(), durationProblem.get());
                }
            }
        }
        Chain.Hop last = chain.hops().get(chain.hops().size() - 1);
        int duration;
        if (request.durationSeconds() != null) {
            duration = request.durationSeconds();
        } else if (last.durationSeconds() != null) {
            duration = parseDuration(last.durationSeconds());
        } else {
            duration = settings.defaultDurationSeconds();
        }
        if (!ParameterRules.isDurationInRange(duration)) {
            throw new AssumeRoleException(ErrorKind.INVALID_INPUT, chain.profile(),
                    Messages.durationOutOfRange(chain.profile(), duration));
        }
        return duration;
    }

    private static void check(String profile, String key, String value, Function<String, Optional<String>> rule,
            String file) {
        if (value == null) {
            return;
        }
        rule.apply(value).ifPresent(broken -> {
            throw new AssumeRoleException(ErrorKind.INVALID_INPUT, profile,
                    ProfileMessages.malformedValue(profile, key, file, broken));
        });
    }

    private static Chain.Hop mfaHop(Chain chain) {
        Chain.Hop found = null;
        for (Chain.Hop hop : chain.hops()) {
            if (hop.mfaSerial() == null) {
                continue;
            }
            if (found != null) {
                throw new AssumeRoleException(ErrorKind.NOT_SUPPORTED, chain.profile(),
                        Messages.severalMfaDevices(chain.profile(), found.profile(), hop.profile()));
            }
            found = hop;
        }
        return found;
    }

    private static String checkTokenCode(String profile, Chain.Hop mfaHop, String tokenCode) {
        String code = tokenCode == null ? null : tokenCode.trim();
        if (mfaHop == null) {
            if (code != null && !code.isEmpty()) {
                LOG.fine(() -> "Profile " + profile
                        + ": no profile in the chain sets mfa_serial; the code is not sent");
            }
            return null;
        }
        if (code == null || code.isEmpty()) {
            throw new AssumeRoleException(ErrorKind.MFA_CODE_REQUIRED, profile,
                    Messages.mfaCodeRequired(profile, mfaHop.mfaSerial()), mfaHop.mfaSerial(), null);
        }
        if (!ParameterRules.isTokenCode(code)) {
            throw new AssumeRoleException(ErrorKind.INVALID_INPUT, profile, Messages.tokenCodeMalformed(profile),
                    mfaHop.mfaSerial(), null);
        }
        return code;
    }

    private TemporaryCredentials sourceCredentials(ProfileSnapshot files, Chain.Source source, String profile) {
        switch (source.type()) {
            case STATIC_KEYS: {
                return new TemporaryCredentials(
                        files.property(source.profile(), ProfileKeys.ACCESS_KEY_ID).orElseThrow(),
                        files.property(source.profile(), ProfileKeys.SECRET_ACCESS_KEY).orElseThrow(),
                        files.property(source.profile(), ProfileKeys.SESSION_TOKEN).orElse(null), null);
            }
            case ENVIRONMENT: {
                Optional<String> accessKeyId = environment.get(CredentialEnvironment.ACCESS_KEY_ID);
                Optional<String> secret = environment.get(CredentialEnvironment.SECRET_ACCESS_KEY);
                if (accessKeyId.isEmpty() || secret.isEmpty()) {
                    throw new AssumeRoleException(ErrorKind.SOURCE_CREDENTIALS_INVALID, profile,
                            Messages.environmentCredentialsMissing(profile));
                }
                return new TemporaryCredentials(accessKeyId.get(), secret.get(),
                        environment.get(CredentialEnvironment.SESSION_TOKEN).orElse(null), null);
            }
            case CREDENTIAL_PROCESS:
                return processes.run(source.profile(), source.command(), profile);
            default:
                throw new IllegalStateException("Unknown source type " + source.type());
        }
    }

    private RoleSession call(ProfileSnapshot files, Chain chain, Chain.Hop hop, TemporaryCredentials signer,
            Integer duration, String sessionName, String tokenCode, Region region, URI override,
            StsErrorMapper.Context context) {
        AwsCredentials credentials = signer.sessionToken() == null
                ? AwsBasicCredentials.create(signer.accessKeyId(), signer.secretAccessKey())
                : AwsSessionCredentials.create(signer.accessKeyId(), signer.secretAccessKey(), signer.sessionToken());
        AssumeRoleRequest.Builder request = AssumeRoleRequest.builder()
                .roleArn(hop.roleArn())
                .roleSessionName(sessionName)
                .durationSeconds(duration)
                .externalId(hop.externalId())
                .overrideConfiguration(config -> config.credentialsProvider(
                        StaticCredentialsProvider.create(credentials)));
        if (tokenCode != null) {
            request.serialNumber(hop.mfaSerial()).tokenCode(tokenCode);
        }
        LOG.fine(() -> "Profile " + hop.profile() + ": AssumeRole " + hop.roleArn() + " as " + sessionName
                + " signed with " + signer.maskedAccessKeyId() + (tokenCode == null ? "" : " with MFA")
                + (duration == null ? "" : " for " + duration + " s"));

        AssumeRoleResponse response;
        try {
            response = clients.client(region, override, chain.profile(), files.merged()).assumeRole(request.build());
        } catch (SdkException failure) {
            AssumeRoleException mapped = StsErrorMapper.map(failure, context);
            LOG.log(Level.INFO, "Profile " + hop.profile() + ": AssumeRole failed (" + mapped.kind() + ")");
            throw mapped;
        }
        return session(chain, hop, response, sessionName, context);
    }

    private static RoleSession session(Chain chain, Chain.Hop hop, AssumeRoleResponse response, String sessionName,
            StsErrorMapper.Context context) {
        Credentials credentials = response.credentials();
        boolean complete = credentials != null && credentials.accessKeyId() != null
                && credentials.secretAccessKey() != null && credentials.sessionToken() != null
                && credentials.expiration() != null && response.assumedRoleUser() != null
                && response.assumedRoleUser().arn() != null;
        if (!complete) {
            throw new AssumeRoleException(ErrorKind.STS_ERROR, chain.profile(),
                    Messages.malformedResponse(chain.profile(), context.endpoint()));
        }
        String assumedRoleArn = response.assumedRoleUser().arn();
        String[] arnParts = assumedRoleArn.split(":", 6);
        String accountId = arnParts.length > 4 ? arnParts[4] : null;
        TemporaryCredentials temporary = new TemporaryCredentials(credentials.accessKeyId(),
                credentials.secretAccessKey(), credentials.sessionToken(), credentials.expiration());
        LOG.info(() -> "Profile " + hop.profile() + ": assumed " + assumedRoleArn + " until "
                + credentials.expiration() + ", access key " + temporary.maskedAccessKeyId());
        String name = sessionNameOf(assumedRoleArn, sessionName);
        return new RoleSession(chain.profile(), hop.roleArn(), assumedRoleArn, accountId, name, chain.region(),
                credentials.expiration(), temporary);
    }

    private static String sessionNameOf(String assumedRoleArn, String requested) {
        int slash = assumedRoleArn.lastIndexOf('/');
        return slash >= 0 && slash < assumedRoleArn.length() - 1 ? assumedRoleArn.substring(slash + 1) : requested;
    }

    /**
     * Rejects an endpoint from the environment or the profile that is not an http or https URL, because the SDK
     * would fail on it in a way that reads like a malformed STS response.
     */
    private void checkConfiguredEndpoint(ProfileSnapshot files, String profile) {
        if (environment.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS").filter("true"::equalsIgnoreCase).isPresent()) {
            return;
        }
        for (String variable : List.of("AWS_ENDPOINT_URL_STS", "AWS_ENDPOINT_URL")) {
            Optional<String> value = environment.get(variable);
            if (value.isPresent()) {
                if (!isHttpUrl(value.get())) {
                    throw new AssumeRoleException(ErrorKind.CONFIG_ERROR, profile,
                            Messages.endpointVariableInvalid(variable, value.get()));
                }
                return;
            }
        }
        Optional<String> configured = files.property(profile, "endpoint_url");
        if (configured.isPresent() && !isHttpUrl(configured.get())) {
            throw new AssumeRoleException(ErrorKind.CONFIG_ERROR, profile, Messages.endpointKeyInvalid(profile,
                    configured.get(), files.fileOf(profile, "endpoint_url")));
        }
    }

    static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme();
            boolean http = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            return http && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    /** Names the endpoint for messages and logs, in the order the SDK applies the settings. */
    private String describeEndpoint(ProfileSnapshot files, String profile, Region region, URI override) {
        if (override != null) {
            return override.toString();
        }
        if (environment.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS").filter("true"::equalsIgnoreCase).isEmpty()) {
            Optional<String> configured = environment.get("AWS_ENDPOINT_URL_STS")
                    .or(() -> environment.get("AWS_ENDPOINT_URL"))
                    .or(() -> files.property(profile, "endpoint_url"));
            if (configured.isPresent()) {
                return configured.get();
            }
        }
        return "https://sts." + region.id() + ".amazonaws.com";
    }

    private static String describe(Chain.Source source) {
        return switch (source.type()) {
            case STATIC_KEYS -> "the keys of profile '" + source.profile() + "'";
            case ENVIRONMENT -> "the environment (credential_source of profile '" + source.profile() + "')";
            case CREDENTIAL_PROCESS -> "the credential_process of profile '" + source.profile() + "'";
        };
    }

    private static Integer parseDuration(String text) {
        if (text == null) {
            return null;
        }
        return Integer.valueOf(text.trim());
    }
}
