package dev.assumerole.credentials;

import dev.assumerole.config.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Default role session names, readable in CloudTrail: {@code USER@HOST-yyyyMMddTHHmmssZ}, for example
 * {@code alice@laptop-20261204T113400Z}. Characters STS does not accept become {@code -}, and the user and host
 * are shortened so the name stays within 64 characters.
 */
public final class SessionNames {
    static final int MAX_LENGTH = 64;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private SessionNames() {
    }

    /** Builds the default name for this user and host at the clock's time. */
    public static String defaultName(Environment environment, Clock clock) {
        return of(System.getProperty("user.name", ""), hostName(environment), clock);
    }

    /** Builds a name from the given user and host; either may be empty. */
    public static String of(String user, String host, Clock clock) {
        String suffix = TIMESTAMP.format(clock.instant());
        String who = sanitize(user);
        String where = sanitize(host);
        String identity = where.isEmpty() ? who : who + "@" + where;
        if (identity.isEmpty()) {
            identity = "assume-role";
        }
        int room = MAX_LENGTH - suffix.length() - 1;
        if (identity.length() > room) {
            identity = identity.substring(0, room);
        }
        return identity + "-" + suffix;
    }

    static String sanitize(String text) {
        return text.replaceAll("[^\\w+=,.@-]", "-");
    }

    /** Reads the host name without a DNS lookup: the usual variables, then {@code /etc/hostname}. */
    private static String hostName(Environment environment) {
        String fromVariable = environment.get("HOSTNAME").or(() -> environment.get("COMPUTERNAME")).orElse("");
        if (!fromVariable.isEmpty()) {
            return shortHost(fromVariable);
        }
        try {
            return shortHost(Files.readString(Path.of("/etc/hostname"), StandardCharsets.UTF_8).strip());
        } catch (IOException | SecurityException unavailable) {
            return "";
        }
    }

    private static String shortHost(String host) {
        int dot = host.indexOf('.');
        return dot > 0 ? host.substring(0, dot) : host;
    }
}
