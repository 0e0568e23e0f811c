package dev.assumerole.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.assumerole.CoreModule;
import dev.assumerole.config.ProfileRepository;
import dev.assumerole.testing.CaseFiles;
import org.junit.jupiter.api.Test;

class CoreModuleTest {

    @Test
    void bindsTheCoreAsSingletons() {
        Injector injector = Guice.createInjector(
                new CoreModule(CaseFiles.environment(CaseFiles.folder("02-crlf-line-endings"))));

        assertThat(injector.getInstance(RoleAssumer.class)).isInstanceOf(DefaultRoleAssumer.class)
                .isSameAs(injector.getInstance(RoleAssumer.class));
        assertThat(injector.getInstance(StsSettings.class)).isSameAs(injector.getInstance(StsSettings.class));
        ProfileRepository profiles = injector.getInstance(ProfileRepository.class);
        assertThat(profiles.list().profiles()).hasSize(2);
        assertThat(profiles.files()).extracting(path -> path.getFileName().toString())
                .containsExactly("config", "credentials");
    }
}
