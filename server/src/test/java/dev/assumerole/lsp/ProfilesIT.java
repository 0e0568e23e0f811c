package dev.assumerole.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesIT {
    private static final Duration CHANGE_TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path home;

    private ServerProcess start(Path config, Path credentials) throws Exception {
        ServerProcess server = ServerProcess.start(home, ServerProcess.environment(config, credentials, null));
        server.initialize(new JsonObject());
        return server;
    }

    private static JsonObject profile(JsonObject listing, String name) {
        return StreamSupport.stream(listing.getAsJsonArray("profiles").spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .filter(profile -> profile.get("name").getAsString().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No profile " + name + " in " + listing));
    }

    @Test
    void listsProfilesFromBothFiles() throws Exception {
        Fixtures.write(home);
        try (ServerProcess server = start(home.resolve("config"), home.resolve("credentials"))) {
            JsonObject listing = ServerProcess.await(server.server.profiles(null));

            assertThat(listing.get("configFile").getAsString()).isEqualTo(home.resolve("config").toString());
            assertThat(listing.get("credentialsFile").getAsString())
                    .isEqualTo(home.resolve("credentials").toString());
            JsonObject admin = profile(listing, "admin");
            assertThat(admin.get("kind").getAsString()).isEqualTo("role");
            assertThat(admin.get("roleArn").getAsString()).isEqualTo("arn:aws:iam::123456789012:role/admin");
            assertThat(admin.get("sourceProfile").getAsString()).isEqualTo("base");
            assertThat(admin.get("mfaSerial").getAsString()).isEqualTo(Fixtures.SERIAL);
            assertThat(admin.get("region").getAsString()).isEqualTo("eu-west-1");
            assertThat(admin.getAsJsonArray("problems")).isEmpty();
            assertThat(profile(listing, "base").get("kind").getAsString()).isEqualTo("staticKeys");
            assertThat(profile(listing, "sso").get("kind").getAsString()).isEqualTo("sso");
            assertThat(listing.toString()).doesNotContain(Fixtures.SOURCE_SECRET);
        }
    }

    @Test
    void rewrittenConfigSendsProfilesChanged() throws Exception {
        Path config = Fixtures.write(home);
        try (ServerProcess server = start(config, home.resolve("credentials"))) {
            Files.writeString(config, Fixtures.CONFIG + "\n[profile added]\nregion = us-east-1\n");

            server.client.awaitNotification("aws/profilesChanged", params -> true, CHANGE_TIMEOUT);

            JsonObject listing = ServerProcess.await(server.server.profiles(new JsonObject()));
            assertThat(profile(listing, "added").get("region").getAsString()).isEqualTo("us-east-1");
        }
    }

    @Test
    void fileReplacedByRenameSendsProfilesChanged() throws Exception {
        Path config = Fixtures.write(home);
        try (ServerProcess server = start(config, home.resolve("credentials"))) {
            Path replacement = home.resolve("config.new");
            Files.writeString(replacement, "[profile renamed]\nregion = eu-central-1\n");
            Files.move(replacement, config, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

            server.client.awaitNotification("aws/profilesChanged", params -> true, CHANGE_TIMEOUT);

            JsonArray profiles = ServerProcess.await(server.server.profiles(null)).getAsJsonArray("profiles");
            assertThat(profiles.toString()).contains("renamed").doesNotContain("\"admin\"");
        }
    }

    @Test
    void fileCreatedInMissingFolderSendsProfilesChanged() throws Exception {
        Path folder = home.resolve("later");
        Path config = folder.resolve("config");
        try (ServerProcess server = start(config, folder.resolve("credentials"))) {
            assertThat(ServerProcess.await(server.server.profiles(null)).getAsJsonArray("profiles")).isEmpty();

            Files.createDirectories(folder);
            Files.writeString(config, "[profile fresh]\nregion = eu-west-2\n");

            server.client.awaitNotification("aws/profilesChanged", params -> true, CHANGE_TIMEOUT);
            assertThat(profile(ServerProcess.await(server.server.profiles(null)), "fresh")).isNotNull();
        }
    }

    @Test
    void deletedCredentialsFileSendsProfilesChanged() throws Exception {
        Fixtures.write(home);
        try (ServerProcess server = start(home.resolve("config"), home.resolve("credentials"))) {
            Files.delete(home.resolve("credentials"));

            server.client.awaitNotification("aws/profilesChanged", params -> true, CHANGE_TIMEOUT);
        }
    }
}
