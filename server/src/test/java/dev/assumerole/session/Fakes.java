package dev.assumerole.session;

import dev.assumerole.config.ProfileKind;
import dev.assumerole.config.ProfileListing;
import dev.assumerole.config.ProfileRepository;
import dev.assumerole.config.ProfileSummary;
import dev.assumerole.credentials.RoleAssumer;
import dev.assumerole.credentials.RoleRequest;
import dev.assumerole.credentials.RoleSession;
import dev.assumerole.credentials.TemporaryCredentials;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Small stand-ins for the core interfaces. */
public final class Fakes {
    public static final String SERIAL = "arn:aws:iam::123456789012:mfa/alice";

    private Fakes() {
    }

    /** A repository with one role profile per name, each with {@link #SERIAL}. */
    public static ProfileRepository profiles(String... names) {
        return new ProfileRepository() {
            @Override
            public ProfileListing list() {
                List<ProfileSummary> summaries = java.util.Arrays.stream(names)
                        .map(name -> new ProfileSummary(name, ProfileKind.ROLE,
                                "arn:aws:iam::123456789012:role/" + name, "base", null, SERIAL, "eu-west-1", null,
                                List.of()))
                        .toList();
                return new ProfileListing("/tmp/config", "/tmp/credentials", summaries, List.of());
            }

            @Override
            public List<Path> files() {
                return List.of();
            }
        };
    }

    public static RoleSession session(String profile, Instant expiration) {
        return new RoleSession(profile, "arn:aws:iam::123456789012:role/" + profile,
                "arn:aws:sts::123456789012:assumed-role/" + profile + "/alice", "123456789012", "alice",
                "eu-west-1", expiration,
                new TemporaryCredentials("ASIAEXAMPLEKEY1234", "secret-" + profile, "token-" + profile, expiration));
    }

    /** A role assumer that records its requests and answers with a function of the request. */
    public static final class RecordingAssumer implements RoleAssumer {
        public final List<RoleRequest> requests = new CopyOnWriteArrayList<>();
        private volatile Function<RoleRequest, RoleSession> answer;

        public RecordingAssumer(Function<RoleRequest, RoleSession> answer) {
            this.answer = answer;
        }

        public void answer(Function<RoleRequest, RoleSession> next) {
            this.answer = next;
        }

        @Override
        public RoleSession assume(RoleRequest request) {
            requests.add(request);
            return answer.apply(request);
        }
    }
}
