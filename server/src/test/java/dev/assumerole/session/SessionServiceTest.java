package dev.assumerole.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assumerole.credentials.AssumeRoleException;
import dev.assumerole.credentials.ErrorKind;
import dev.assumerole.credentials.RoleRequest;
import dev.assumerole.credentials.RoleSession;
import dev.assumerole.session.Fakes.RecordingAssumer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionServiceTest {
    private static final Instant START = Instant.parse("2026-12-04T12:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final ManualScheduler timer = new ManualScheduler(clock);
    private final List<Runnable> stsQueue = new ArrayList<>();
    private final RecordingAssumer assumer = new RecordingAssumer(
            request -> Fakes.session(request.profile(), clock.instant().plus(Duration.ofHours(1))));
    private final RecordingListener listener = new RecordingListener();
    private ExecutorService threads;

    private SessionService service(java.util.concurrent.Executor stsCalls) {
        SessionService service = new SessionService(assumer, Fakes.profiles("admin", "dev"), clock, timer, stsCalls);
        service.listener(listener);
        return service;
    }

    /** A service whose STS calls run on the test thread, at once. */
    private SessionService directService() {
        return service(Runnable::run);
    }

    /** A service whose STS calls wait until {@link #runQueuedCalls()}. */
    private SessionService queuedService() {
        return service(stsQueue::add);
    }

    private void runQueuedCalls() {
        List<Runnable> calls = new ArrayList<>(stsQueue);
        stsQueue.clear();
        calls.forEach(Runnable::run);
    }

    @AfterEach
    void stopThreads() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    @Test
    void assumeMakesSessionActive() throws Exception {
        SessionService service = directService();

        RoleSession session = service.assume(new RoleRequest("admin", "123456", null)).get();

        assertThat(session.profile()).isEqualTo("admin");
        assertThat(service.sessions()).containsExactly(session);
        assertThat(service.session("admin")).contains(session);
    }

    @Test
    void newSessionReplacesOldOneWithoutEndedEvent() throws Exception {
        SessionService service = directService();
        RoleSession first = service.assume(new RoleRequest("admin", "111111", null)).get();
        clock.advance(Duration.ofMinutes(10));

        RoleSession second = service.assume(new RoleRequest("admin", "222222", null)).get();

        assertThat(service.sessions()).containsExactly(second);
        assertThat(second.expiration()).isAfter(first.expiration());
        timer.advance(Duration.ofMinutes(50));
        assertThat(listener.ended).isEmpty();
        assertThat(listener.expiring).isEmpty();
    }

    @Test
    void warningComesAtWarningTimeBeforeExpiry() throws Exception {
        SessionService service = directService();
        service.assume(new RoleRequest("admin", null, null)).get();

        timer.advance(Duration.ofMinutes(54).plusSeconds(59));
        assertThat(listener.expiring).isEmpty();

        timer.advance(Duration.ofSeconds(1));
        assertThat(listener.expiring).containsExactly("admin:300");
        assertThat(listener.ended).isEmpty();
    }

    @Test
    void warningComesAtOnceWhenExpiryIsNearerThanWarningTime() throws Exception {
        assumer.answer(request -> Fakes.session(request.profile(), clock.instant().plus(Duration.ofMinutes(2))));
        SessionService service = directService();

        service.assume(new RoleRequest("admin", null, null)).get();
        timer.runDueTasks();

        assertThat(listener.expiring).containsExactly("admin:120");
    }

    @Test
    void sessionEndsAsExpiredAtExpiration() throws Exception {
        SessionService service = directService();
        service.assume(new RoleRequest("admin", null, null)).get();

        timer.advance(Duration.ofMinutes(59).plusSeconds(59));
        assertThat(listener.ended).isEmpty();
        assertThat(service.sessions()).hasSize(1);

        timer.advance(Duration.ofSeconds(1));
        assertThat(listener.ended).containsExactly("admin:expired");
        assertThat(service.sessions()).isEmpty();
    }

    @Test
    void endRemovesSessionAndCancelsItsTimers() throws Exception {
        SessionService service = directService();
        service.assume(new RoleRequest("admin", null, null)).get();

        assertThat(service.end("admin")).isTrue();

        assertThat(listener.ended).containsExactly("admin:ended");
        assertThat(service.sessions()).isEmpty();
        timer.advance(Duration.ofHours(2));
        assertThat(listener.ended).containsExactly("admin:ended");
        assertThat(listener.expiring).isEmpty();
    }

    @Test
    void endOfProfileWithoutSessionChangesNothing() {
        SessionService service = directService();

        assertThat(service.end("admin")).isFalse();
        assertThat(listener.ended).isEmpty();
    }

    @Test
    void changedWarningTimeReschedulesPendingWarning() throws Exception {
        SessionService service = directService();
        service.assume(new RoleRequest("admin", null, null)).get();

        service.warningTime(Duration.ofMinutes(30));
        timer.advance(Duration.ofMinutes(30));

        assertThat(listener.expiring).containsExactly("admin:1800");
        timer.advance(Duration.ofMinutes(25));
        assertThat(listener.expiring).containsExactly("admin:1800");
    }

    @Test
    void sameCodeInFlightSharesOneStsCall() throws Exception {
        SessionService service = queuedService();

        CompletableFuture<RoleSession> first = service.assume(new RoleRequest("admin", "123456", null));
        CompletableFuture<RoleSession> second = service.assume(new RoleRequest("admin", "123456", null));
        runQueuedCalls();

        assertThat(second).isSameAs(first);
        assertThat(first.get().profile()).isEqualTo("admin");
        assertThat(assumer.requests).hasSize(1);
    }

    @Test
    void otherCodeInFlightIsRejected() {
        SessionService service = queuedService();

        service.assume(new RoleRequest("admin", "123456", null));
        CompletableFuture<RoleSession> second = service.assume(new RoleRequest("admin", "654321", null));

        AssumeRoleException failure = failureOf(second);
        assertThat(failure.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(failure.getMessage()).contains("'admin'", "already running", "Wait for it to finish");
        runQueuedCalls();
        assertThat(assumer.requests).hasSize(1);
    }

    @Test
    void codeSentOnceIsRejectedWithoutStsCall() throws Exception {
        SessionService service = directService();
        service.assume(new RoleRequest("admin", "123456", null)).get();

        AssumeRoleException failure = failureOf(service.assume(new RoleRequest("admin", "123456", null)));

        assertThat(failure.kind()).isEqualTo(ErrorKind.MFA_CODE_REJECTED);
        assertThat(failure.mfaSerial()).isEqualTo(Fakes.SERIAL);
        assertThat(failure.profile()).isEqualTo("admin");
        assertThat(failure.getMessage()).contains("already sent", "Wait for the next code");
        assertThat(failure.getMessage()).doesNotContain("123456");
        assertThat(assumer.requests).hasSize(1);
    }

    @Test
    void codeSentForOneProfileIsRejectedForAnotherOnSameDevice() throws Exception {
        SessionService service = directService();
        service.assume(new RoleRequest("admin", "123456", null)).get();

        AssumeRoleException failure = failureOf(service.assume(new RoleRequest("dev", "123456", null)));

        assertThat(failure.kind()).isEqualTo(ErrorKind.MFA_CODE_REJECTED);
        assertThat(assumer.requests).hasSize(1);
    }

    @Test
    void codeRejectedByStsStaysRecorded() {
        assumer.answer(request -> {
            throw new AssumeRoleException(ErrorKind.MFA_CODE_REJECTED, "admin", "rejected", Fakes.SERIAL, null);
        });
        SessionService service = directService();
        failureOf(service.assume(new RoleRequest("admin", "123456", null)));

        AssumeRoleException again = failureOf(service.assume(new RoleRequest("admin", "123456", null)));

        assertThat(again.getMessage()).contains("already sent");
        assertThat(assumer.requests).hasSize(1);
    }

    @Test
    void codeRejectedBeforeStsMayBeSentAgain() throws Exception {
        assumer.answer(request -> {
            throw new AssumeRoleException(ErrorKind.CONFIG_ERROR, "admin", "broken chain");
        });
        SessionService service = directService();
        failureOf(service.assume(new RoleRequest("admin", "123456", null)));
        assumer.answer(request -> Fakes.session("admin", clock.instant().plus(Duration.ofHours(1))));

        RoleSession session = service.assume(new RoleRequest("admin", "123456", null)).get();

        assertThat(session.profile()).isEqualTo("admin");
        assertThat(assumer.requests).hasSize(2);
    }

    @Test
    void codeIsForgottenAfterRetention() throws Exception {
        SessionService service = directService();
        service.assume(new RoleRequest("admin", "123456", null)).get();
        assertThat(service.recordedCodeCount()).isEqualTo(1);

        timer.advance(MfaCodeLedger.RETENTION.plusSeconds(1));

        assertThat(service.recordedCodeCount()).isZero();
        service.assume(new RoleRequest("admin", "123456", null)).get();
        assertThat(assumer.requests).hasSize(2);
    }

    @Test
    void differentProfilesRunInParallel() throws Exception {
        threads = Executors.newCachedThreadPool();
        CountDownLatch bothStarted = new CountDownLatch(2);
        assumer.answer(request -> {
            bothStarted.countDown();
            try {
                if (!bothStarted.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The other profile's call never started");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return Fakes.session(request.profile(), clock.instant().plus(Duration.ofHours(1)));
        });
        SessionService service = service(threads);

        CompletableFuture<RoleSession> admin = service.assume(new RoleRequest("admin", null, null));
        CompletableFuture<RoleSession> dev = service.assume(new RoleRequest("dev", null, null));

        assertThat(admin.get(20, TimeUnit.SECONDS).profile()).isEqualTo("admin");
        assertThat(dev.get(20, TimeUnit.SECONDS).profile()).isEqualTo("dev");
        assertThat(service.sessions()).hasSize(2);
    }

    @Test
    void unexpectedFailureBecomesInternalErrorWithoutItsMessage() {
        assumer.answer(request -> {
            throw new IllegalStateException("boom 123456");
        });
        SessionService service = directService();

        AssumeRoleException failure = failureOf(service.assume(new RoleRequest("admin", null, null)));

        assertThat(failure.kind()).isEqualTo(ErrorKind.INTERNAL);
        assertThat(failure.getMessage()).contains("'admin'", "IllegalStateException").doesNotContain("boom");
    }

    @Test
    void negativeWarningTimeIsRejected() {
        SessionService service = directService();

        assertThatThrownBy(() -> service.warningTime(Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AssumeRoleException failureOf(CompletableFuture<RoleSession> future) {
        try {
            future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(AssumeRoleException.class);
            return (AssumeRoleException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError("The future did not fail in time", e);
        }
        throw new AssertionError("The request succeeded but should have failed");
    }

    private static final class RecordingListener implements SessionListener {
        final List<String> expiring = new CopyOnWriteArrayList<>();
        final List<String> ended = new CopyOnWriteArrayList<>();

        @Override
        public void sessionExpiring(RoleSession session, Duration timeLeft) {
            expiring.add(session.profile() + ":" + timeLeft.toSeconds());
        }

        @Override
        public void sessionEnded(String profile, EndReason reason) {
            ended.add(profile + ":" + reason.wireName());
        }
    }
}
