package dev.assumerole.lsp;

import com.google.gson.JsonElement;
import dev.assumerole.config.ProfileRepository;
import dev.assumerole.credentials.RoleRequest;
import dev.assumerole.lsp.Protocol.AssumeRoleResult;
import dev.assumerole.lsp.Protocol.Empty;
import dev.assumerole.lsp.Protocol.ProfilesResult;
import dev.assumerole.lsp.Protocol.SessionInfo;
import dev.assumerole.lsp.Protocol.SessionsResult;
import dev.assumerole.session.SessionService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;

/**
 * The {@code aws/*} requests. Parameters arrive as raw JSON so that wrong types get a precise error. Work that
 * reads files or calls STS runs on the STS executor, never on LSP4J's message thread.
 */
@Singleton
@JsonSegment("aws")
public class AwsService {
    private final ProfileRepository profiles;
    private final SessionService sessions;
    private final ServerLifecycle lifecycle;
    private final Executor work;

    @Inject
    public AwsService(ProfileRepository profiles, SessionService sessions, ServerLifecycle lifecycle,
            @Named(SessionService.STS_CALLS) Executor work) {
        this.profiles = profiles;
        this.sessions = sessions;
        this.lifecycle = lifecycle;
        this.work = work;
    }

    /** {@code aws/profiles}: the profiles of both files as they are now. */
    @JsonRequest
    public CompletableFuture<ProfilesResult> profiles(JsonElement params) {
        lifecycle.checkServing("aws/profiles");
        return CompletableFuture.supplyAsync(() -> ProfilesResult.of(profiles.list()), work);
    }

    /** {@code aws/assumeRole}: assumes the role and returns the session and its environment. */
    @JsonRequest
    public CompletableFuture<AssumeRoleResult> assumeRole(JsonElement params) {
        lifecycle.checkServing("aws/assumeRole");
        ParamsReader reader = ParamsReader.object("aws/assumeRole", params, "{profile, tokenCode?, durationSeconds?}");
        RoleRequest request = new RoleRequest(reader.requiredString("profile"), reader.optionalString("tokenCode"),
                reader.optionalInteger("durationSeconds"));
        return sessions.assume(request).thenApply(AssumeRoleResult::of);
    }

    /** {@code aws/sessions}: the active sessions, without their credentials. */
    @JsonRequest
    public CompletableFuture<SessionsResult> sessions(JsonElement params) {
        lifecycle.checkServing("aws/sessions");
        return CompletableFuture.completedFuture(
                new SessionsResult(sessions.sessions().stream().map(SessionInfo::of).toList()));
    }

    /** {@code aws/endSession}: ends the profile's session; a profile without one is not an error. */
    @JsonRequest
    public CompletableFuture<Empty> endSession(JsonElement params) {
        lifecycle.checkServing("aws/endSession");
        String profile = ParamsReader.object("aws/endSession", params, "{profile}").requiredString("profile");
        sessions.end(profile);
        return CompletableFuture.completedFuture(new Empty());
    }
}
