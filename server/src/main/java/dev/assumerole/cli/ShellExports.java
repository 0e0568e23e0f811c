package dev.assumerole.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.assumerole.credentials.CredentialEnvironment;
import dev.assumerole.credentials.RoleSession;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a role session as the statements a shell needs, or as JSON. */
public final class ShellExports {

    /** The output formats of {@code assume --format}. */
    public enum Format {
        BASH, FISH, POWERSHELL, JSON;

        /** Returns the format for a name, ignoring case, or null when there is none. */
        public static Format parse(String name) {
            for (Format format : values()) {
                if (format.name().equals(name.toUpperCase(Locale.ROOT))) {
                    return format;
                }
            }
            return null;
        }
    }

    private ShellExports() {
    }

    public static String render(RoleSession session, Format format) {
        Map<String, String> environment = CredentialEnvironment.of(session);
        List<String> unset = CredentialEnvironment.variablesToUnset(session);
        return switch (format) {
            case BASH -> bash(environment, unset);
            case FISH -> fish(environment, unset);
            case POWERSHELL -> powershell(environment, unset);
            case JSON -> json(session, environment, unset);
        };
    }

    /** Works in bash, zsh and POSIX sh; each statement ends in {@code ;} so that an unquoted {@code eval} works. */
    static String bash(Map<String, String> environment, List<String> unset) {
        StringBuilder out = new StringBuilder("unset ").append(String.join(" ", unset)).append(";\n");
        environment.forEach((name, value) -> out.append("export ").append(name).append('=')
                .append(quotePosix(value)).append(";\n"));
        return out.toString();
    }

    static String fish(Map<String, String> environment, List<String> unset) {
        StringBuilder out = new StringBuilder();
        for (String name : unset) {
            out.append("set -e ").append(name).append(" 2>/dev/null;\n");
        }
        environment.forEach((name, value) -> out.append("set -gx ").append(name).append(' ')
                .append(quoteFish(value)).append(";\n"));
        return out.toString();
    }

    static String powershell(Map<String, String> environment, List<String> unset) {
        StringBuilder out = new StringBuilder();
        for (String name : unset) {
            out.append("Remove-Item Env:").append(name).append(" -ErrorAction SilentlyContinue\n");
        }
        environment.forEach((name, value) -> out.append("$Env:").append(name).append(" = ")
                .append(quotePowerShell(value)).append('\n'));
        return out.toString();
    }

    static String json(RoleSession session, Map<String, String> environment, List<String> unset) {
        JsonObject sessionJson = new JsonObject();
        sessionJson.addProperty("profile", session.profile());
        sessionJson.addProperty("roleArn", session.roleArn());
        sessionJson.addProperty("assumedRoleArn", session.assumedRoleArn());
        sessionJson.addProperty("accountId", session.accountId());
        sessionJson.addProperty("sessionName", session.sessionName());
        if (session.region() != null) {
            sessionJson.addProperty("region", session.region());
        }
        sessionJson.addProperty("expiration", session.expiration().toString());

        JsonObject environmentJson = new JsonObject();
        environment.forEach(environmentJson::addProperty);
        JsonArray unsetJson = new JsonArray();
        unset.forEach(unsetJson::add);

        JsonObject root = new JsonObject();
        root.add("session", sessionJson);
        root.add("environment", environmentJson);
        root.add("unset", unsetJson);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    /** Quotes for POSIX shells: single quotes, with each {@code '} written as {@code '\''}. */
    static String quotePosix(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** Quotes for fish: inside single quotes only {@code \} and {@code '} need a backslash. */
    static String quoteFish(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /**
     * Quotes for PowerShell: single quotes, each doubled. PowerShell also reads the typographic single quotes
     * U+2018 to U+201B as quotes, so they are doubled too.
     */
    static String quotePowerShell(String value) {
        StringBuilder out = new StringBuilder("'");
        for (char c : value.toCharArray()) {
            out.append(c);
            if (c == '\'' || (c >= '\u2018' && c <= '\u201B')) {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
