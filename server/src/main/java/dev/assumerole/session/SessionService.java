package dev.assumerole.session;

import dev.assumerole.config.ProfileRepository;
import dev.assumerole.config.ProfileSummary;
import dev.assumerole.credentials.AssumeRoleException;
import dev.assumerole.credentials.ErrorKind;
import dev.assumerole.credentials.RoleAssumer;
import dev.assumerole.credentials.RoleRequest;
import dev.assumerole.credentials.RoleSession;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The active role sessions, one per profile, and their expiry. A new session for a profile replaces the old one.
 *
 * <p>Requests for different profiles run in parallel on the STS executor. A second request for a profile that
 * has one in flight shares its result when it carries the same MFA code and duration, and is rejected
 * otherwise. An MFA code is recorded in the {@link MfaCodeLedger} before it is sent and is never sent twice.
 *
 * <p>The listener hears {@code sessionExpiring} at the warning time before expiry (at once when that time has
 * already passed) and {@code sessionEnded} at expiry or when {@link #end} is called. Times come from the
 * injected clock and the timer, so tests can drive both.
 */
@Singleton
public class SessionService {
    /** Binding name of the executor that runs the session timers. */
    public static final String TIMER = "session-timer";
    /** Binding name of the executor that runs the STS calls. */
    public static final String STS_CALLS = "sts-calls";
    /** How long before expiry {@code sessionExpiring} is sent, unless the client sets {@code warningMinutes}. */
    public static final Duration DEFAULT_WARNING_TIME = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(SessionService.class.getName());

    /** Failures raised before any network call: the code never reached STS, so it may be sent again. */
    private static final Set<ErrorKind> FAILURES_BEFORE_STS = EnumSet.of(ErrorKind.INVALID_INPUT,
            ErrorKind.PROFILE_NOT_FOUND, ErrorKind.CONFIG_ERROR, ErrorKind.NOT_SUPPORTED,
            ErrorKind.MFA_CODE_REQUIRED);

    private final RoleAssumer assumer;
    private final ProfileRepository profiles;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Executor stsCalls;
    private final MfaCodeLedger ledger;

    private final Map<String, InFlight> inFlight = new HashMap<>();
    private final Map<String, Active> active = new HashMap<>();
    private volatile SessionListener listener = SessionListener.NONE;
    private volatile Duration warningTime = DEFAULT_WARNING_TIME;

    @Inject
    public SessionService(RoleAssumer assumer, ProfileRepository profiles, Clock clock,
            @Named(TIMER) ScheduledExecutorService timer, @Named(STS_CALLS) Executor stsCalls) {
        this.assumer = assumer;
        this.profiles = profiles;
        this.clock = clock;
        this.timer = timer;
        this.stsCalls = stsCalls;
        this.ledger = new MfaCodeLedger(clock);
    }

    public void listener(SessionListener listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    /** Sets how long before expiry the warning is sent; warnings not yet sent are scheduled again. */
    public void warningTime(Duration warningTime) {
        if (warningTime.isNegative()) {
            throw new IllegalArgumentException("The warning time must not be negative: " + warningTime);
        }
        this.warningTime = warningTime;
        synchronized (this) {
            for (Active session : active.values()) {
                if (!session.warned) {
                    session.warning.cancel(false);
                    session.warning = scheduleWarning(session);
                }
            }
        }
    }

    public Duration warningTime() {
        return warningTime;
    }

    /**
     * Assumes the role of a profile on the STS executor and makes the result the profile's active session.
     * The future fails with an {@link AssumeRoleException} that describes the failure.
     */
    public CompletableFuture<RoleSession> assume(RoleRequest request) {
        CompletableFuture<RoleSession> result;
        synchronized (this) {
            InFlight running = inFlight.get(request.profile());
            if (running != null) {
                return joinOrReject(running, request);
            }
            result = new CompletableFuture<>();
            inFlight.put(request.profile(), new InFlight(request, result));
        }
        LOG.info(() -> "Profile " + request.profile() + ": assume requested "
                + (request.tokenCode() == null ? "without" : "with") + " an MFA code, duration "
                + (request.durationSeconds() == null ? "from the profile or the default"
                        : request.durationSeconds() + " s"));
        try {
            stsCalls.execute(() -> run(request, result));
        } catch (RuntimeException e) {
            finish(request, result, null, new AssumeRoleException(ErrorKind.INTERNAL, request.profile(),
                    "The server is shutting down and cannot assume the role of profile '" + request.profile()
                            + "'. Restart the server and try again.", null, e));
        }
        return result;
    }

    /** The active sessions, soonest expiry first. */
    public synchronized List<RoleSession> sessions() {
        List<RoleSession> sessions = new ArrayList<>();
        for (Active session : active.values()) {
            sessions.add(session.session);
        }
        sessions.sort(Comparator.comparing(RoleSession::expiration).thenComparing(RoleSession::profile));
        return sessions;
    }

    public synchronized Optional<RoleSession> session(String profile) {
        Active session = active.get(profile);
        return session == null ? Optional.empty() : Optional.of(session.session);
    }

    /**
     * Ends the active session of a profile and sends {@code sessionEnded} with {@link EndReason#ENDED}.
     *
     * @return false when the profile had no active session
     */
    public boolean end(String profile) {
        Active ended;
        synchronized (this) {
            ended = active.remove(profile);
        }
        if (ended == null) {
            LOG.info(() -> "Profile " + profile + ": no active session to end");
            return false;
        }
        ended.cancelTimers();
        LOG.info(() -> "Profile " + profile + ": session ended on request");
        notifyEnded(profile, EndReason.ENDED);
        return true;
    }

    /** The number of MFA codes recorded as sent within the retention time. */
    public int recordedCodeCount() {
        return ledger.size();
    }

    private CompletableFuture<RoleSession> joinOrReject(InFlight running, RoleRequest request) {
        boolean sameRequest = Objects.equals(running.request.tokenCode(), request.tokenCode())
                && Objects.equals(running.request.durationSeconds(), request.durationSeconds());
        if (sameRequest) {
            LOG.info(() -> "Profile " + request.profile() + ": joins the assume request already in flight");
            return running.result;
        }
        LOG.info(() -> "Profile " + request.profile() + ": rejected a second assume request with other values");
        return CompletableFuture.failedFuture(new AssumeRoleException(ErrorKind.INVALID_INPUT, request.profile(),
                "An assume-role request for profile '" + request.profile() + "' is already running with another"
                        + " MFA code or duration. Wait for it to finish, then try again."));
    }

    private void run(RoleRequest request, CompletableFuture<RoleSession> result) {
        String device = null;
        try {
            if (request.tokenCode() != null) {
                Optional<String> serial = mfaSerialOf(request.profile());
                device = serial.orElse("profile:" + request.profile());
                if (!ledger.record(device, request.tokenCode())) {
                    throw codeAlreadySent(request.profile(), serial.orElse(null));
                }
            }
            RoleSession session = assumer.assume(request);
            finish(request, result, session, null);
        } catch (AssumeRoleException e) {
            if (device != null && FAILURES_BEFORE_STS.contains(e.kind())) {
                ledger.release(device, request.tokenCode());
            }
            finish(request, result, null, e);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Profile " + request.profile() + ": the assume request failed with "
                    + e.getClass().getName(), withoutMessage(e));
            finish(request, result, null, new AssumeRoleException(ErrorKind.INTERNAL, request.profile(),
                    "Assuming the role of profile '" + request.profile() + "' failed because of an internal error ("
                            + e.getClass().getSimpleName() + "). See the server log and report the problem.",
                    null, null));
        }
    }

    private static AssumeRoleException codeAlreadySent(String profile, String serial) {
        return new AssumeRoleException(ErrorKind.MFA_CODE_REJECTED, profile,
                "Cannot assume role for profile '" + profile + "': this MFA code was already sent once, and STS"
                        + " accepts each code only once. Wait for the next code and try again.",
                serial, null);
    }

    private Optional<String> mfaSerialOf(String profile) {
        return profiles.list().profiles().stream()
                .filter(summary -> summary.name().equals(profile))
                .map(ProfileSummary::mfaSerial)
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** Removes the in-flight entry before completing, so that a request after the answer starts afresh. */
    private void finish(RoleRequest request, CompletableFuture<RoleSession> result, RoleSession session,
            AssumeRoleException failure) {
        synchronized (this) {
            InFlight running = inFlight.get(request.profile());
            if (running != null && running.result == result) {
                inFlight.remove(request.profile());
            }
            if (session != null) {
                activate(session);
            }
        }
        if (session != null) {
            result.complete(session);
        } else {
            LOG.info(() -> "Profile " + request.profile() + ": assume failed (" + failure.kind() + ")");
            result.completeExceptionally(failure);
        }
    }

    private void activate(RoleSession session) {
        Active entry = new Active(session);
        entry.warning = scheduleWarning(entry);
        entry.expiry = timer.schedule(() -> expire(entry), millisUntil(session.expiration()), TimeUnit.MILLISECONDS);
        Active replaced = active.put(session.profile(), entry);
        if (replaced != null) {
            replaced.cancelTimers();
        }
        LOG.info(() -> "Profile " + session.profile() + ": session " + session.assumedRoleArn() + " active until "
                + session.expiration() + (replaced == null ? "" : ", replacing the previous one"));
    }

    private ScheduledFuture<?> scheduleWarning(Active entry) {
        Instant warnAt = entry.session.expiration().minus(warningTime);
        return timer.schedule(() -> warn(entry), Math.max(0, millisUntil(warnAt)), TimeUnit.MILLISECONDS);
    }

    private void warn(Active entry) {
        synchronized (this) {
            if (active.get(entry.session.profile()) != entry || entry.warned) {
                return;
            }
            entry.warned = true;
        }
        Duration timeLeft = Duration.between(clock.instant(), entry.session.expiration());
        if (timeLeft.isNegative() || timeLeft.isZero()) {
            return;
        }
        LOG.info(() -> "Profile " + entry.session.profile() + ": session expires in " + timeLeft.toSeconds() + " s");
        try {
            listener.sessionExpiring(entry.session, timeLeft);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The session listener failed on sessionExpiring: " + e.getClass().getName());
        }
    }

    private void expire(Active entry) {
        String profile = entry.session.profile();
        synchronized (this) {
            if (active.get(profile) != entry) {
                return;
            }
            active.remove(profile);
            entry.warning.cancel(false);
        }
        LOG.info(() -> "Profile " + profile + ": session expired");
        notifyEnded(profile, EndReason.EXPIRED);
    }

    private void notifyEnded(String profile, EndReason reason) {
        try {
            listener.sessionEnded(profile, reason);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The session listener failed on sessionEnded: " + e.getClass().getName());
        }
    }

    private long millisUntil(Instant instant) {
        return Math.max(0, Duration.between(clock.instant(), instant).toMillis());
    }

    /** A copy of the stack trace without the message, which could hold a secret from a third-party library. */
    private static Throwable withoutMessage(Throwable e) {
        Throwable copy = new Throwable(e.getClass().getName());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    private record InFlight(RoleRequest request, CompletableFuture<RoleSession> result) {
    }

    /** An active session and its two timers. Fields other than the session are guarded by the service. */
    private static final class Active {
        final RoleSession session;
        ScheduledFuture<?> warning;
        ScheduledFuture<?> expiry;
        boolean warned;

        Active(RoleSession session) {
            this.session = session;
        }

        void cancelTimers() {
            warning.cancel(false);
            expiry.cancel(false);
        }
    }
}
