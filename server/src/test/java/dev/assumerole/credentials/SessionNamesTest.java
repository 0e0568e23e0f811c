package dev.assumerole.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assumerole.testing.TestCore;
import org.junit.jupiter.api.Test;

class SessionNamesTest {

    @Test
    void namesUserHostAndTime() {
        assertThat(SessionNames.of("alice", "laptop", TestCore.CLOCK)).isEqualTo("alice@laptop-20261204T113400Z");
    }

    @Test
    void replacesCharactersStsRejects() {
        assertThat(SessionNames.of("DOMAIN\\Élodie Smith", "pc:1", TestCore.CLOCK))
                .isEqualTo("DOMAIN--lodie-Smith@pc-1-20261204T113400Z");
    }

    @Test
    void shortensLongNamesToSixtyFourCharacters() {
        String name = SessionNames.of("u".repeat(40), "h".repeat(40), TestCore.CLOCK);

        assertThat(name).hasSize(64).endsWith("-20261204T113400Z").startsWith("u".repeat(40) + "@");
    }

    @Test
    void fallsBackWhenUserAndHostAreUnknown() {
        assertThat(SessionNames.of("", "", TestCore.CLOCK)).isEqualTo("assume-role-20261204T113400Z");
        assertThat(SessionNames.of("bob", "", TestCore.CLOCK)).isEqualTo("bob-20261204T113400Z");
    }
}
