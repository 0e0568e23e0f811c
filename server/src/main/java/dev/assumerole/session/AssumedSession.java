package dev.assumerole.session;

import dev.assumerole.credentials.RoleSession;
import java.util.List;

/**
 * A session just assumed, with the notices the user should see although the call succeeded, such as a duration
 * shortened to the one-hour limit of chained roles.
 */
public record AssumedSession(RoleSession session, List<String> notices) {
    public AssumedSession {
        notices = List.copyOf(notices);
    }
}
