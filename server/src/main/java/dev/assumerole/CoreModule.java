package dev.assumerole;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.assumerole.config.Environment;
import dev.assumerole.config.ProfileRepository;
import dev.assumerole.config.SdkProfileRepository;
import dev.assumerole.credentials.CredentialProcessRunner;
import dev.assumerole.credentials.DefaultRoleAssumer;
import dev.assumerole.credentials.RoleAssumer;
import dev.assumerole.credentials.StsClientFactory;
import dev.assumerole.credentials.StsSettings;
import java.time.Clock;

/**
 * Binds the core: the profile files, role chains and STS. The language server and the command line install it
 * in their own injectors. Tests build the classes directly with their own {@link Environment}.
 */
public class CoreModule extends AbstractModule {
    private final Environment environment;

    /** Binds the core to this process's environment. */
    public CoreModule() {
        this(Environment.system());
    }

    public CoreModule(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected void configure() {
        bind(Environment.class).toInstance(environment);
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(SdkProfileRepository.class).in(Singleton.class);
        bind(ProfileRepository.class).to(SdkProfileRepository.class);
        bind(StsSettings.class).in(Singleton.class);
        bind(StsClientFactory.class).in(Singleton.class);
        bind(RoleAssumer.class).to(DefaultRoleAssumer.class);
        bind(DefaultRoleAssumer.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    CredentialProcessRunner credentialProcessRunner(Clock clock) {
        return new CredentialProcessRunner(CredentialProcessRunner.DEFAULT_TIMEOUT, clock);
    }
}
