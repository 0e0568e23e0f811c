package dev.assumerole.lsp;

import com.google.inject.AbstractModule;
import dev.assumerole.config.ProfileListing;
import dev.assumerole.config.ProfileRepository;
import dev.assumerole.credentials.AssumeRoleException;
import dev.assumerole.credentials.ErrorKind;
import dev.assumerole.credentials.RoleAssumer;
import java.time.Clock;
import java.util.List;

/**
 * TODO: remove when dev.assumerole.CoreModule is on this branch. Binds the core interfaces to placeholders so the
 * server starts: no profiles, and every assume fails with notSupported.
 */
final class InterimCoreModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(ProfileRepository.class).toInstance(new ProfileRepository() {
            @Override
            public ProfileListing list() {
                return new ProfileListing("", "", List.of(), List.of("The profile reader is not built in yet."));
            }

            @Override
            public List<java.nio.file.Path> files() {
                return List.of();
            }
        });
        bind(RoleAssumer.class).toInstance(request -> {
            throw new AssumeRoleException(ErrorKind.NOT_SUPPORTED, request.profile(),
                    "This build cannot assume roles yet.");
        });
    }
}
