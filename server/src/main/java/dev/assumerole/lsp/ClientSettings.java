package dev.assumerole.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;

/**
 * The client's settings, from {@code initializationOptions} or {@code workspace/didChangeConfiguration}. Each
 * member is optional; a member left out keeps its current value. An invalid member is ignored and described in
 * {@link #problems()}.
 *
 * @param stsEndpoint present and empty when the client clears the override
 */
public record ClientSettings(Optional<Integer> defaultDurationSeconds, Optional<Integer> warningMinutes,
        Optional<Optional<URI>> stsEndpoint, Optional<Level> logLevel, Optional<Boolean> traceMessages,
        List<String> problems) {

    /** The member that holds the settings inside {@code workspace/didChangeConfiguration}'s {@code settings}. */
    public static final String SECTION = "awsAssumeRole";

    static final int MIN_DURATION_SECONDS = 900;
    static final int MAX_DURATION_SECONDS = 43_200;
    static final int MAX_WARNING_MINUTES = 720;

    /** Reads the settings object; null or JSON null gives settings that change nothing. */
    public static ClientSettings parse(JsonElement element) {
        List<String> problems = new ArrayList<>();
        if (element == null || element.isJsonNull()) {
            return new ClientSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), problems);
        }
        if (!element.isJsonObject()) {
            problems.add("The settings must be a JSON object, got " + element + "; they are ignored.");
            return new ClientSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), problems);
        }
        JsonObject settings = element.getAsJsonObject();
        return new ClientSettings(
                integer(settings, "defaultDurationSeconds", MIN_DURATION_SECONDS, MAX_DURATION_SECONDS, problems),
                integer(settings, "warningMinutes", 0, MAX_WARNING_MINUTES, problems),
                endpoint(settings, problems),
                level(settings, problems),
                bool(settings, "traceMessages", problems),
                problems);
    }

    /** Reads {@code settings.awsAssumeRole} when present, else {@code settings} itself. */
    public static ClientSettings parseChange(JsonElement settings) {
        if (settings != null && settings.isJsonObject() && settings.getAsJsonObject().has(SECTION)) {
            return parse(settings.getAsJsonObject().get(SECTION));
        }
        return parse(settings);
    }

    private static Optional<Integer> integer(JsonObject settings, String name, int min, int max,
            List<String> problems) {
        JsonPrimitive value = primitive(settings, name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            double number = value.getAsDouble();
            if (number == Math.rint(number) && number >= min && number <= max) {
                return Optional.of((int) number);
            }
        }
        problems.add("The setting '" + name + "' must be a whole number from " + min + " to " + max + ", got "
                + value + "; it is ignored.");
        return Optional.empty();
    }

    private static Optional<Optional<URI>> endpoint(JsonObject settings, List<String> problems) {
        JsonPrimitive value = primitive(settings, "stsEndpoint");
        if (value == null) {
            return settings.has("stsEndpoint") ? Optional.of(Optional.empty()) : Optional.empty();
        }
        String text = value.isString() ? value.getAsString().trim() : null;
        if (text != null && text.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        try {
            URI uri = text == null ? null : new URI(text);
            if (uri != null && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return Optional.of(Optional.of(uri));
            }
        } catch (URISyntaxException e) {
            // Reported below.
        }
        problems.add("The setting 'stsEndpoint' must be an http or https URL such as https://sts.eu-west-1"
                + ".amazonaws.com, or empty for the SDK's own endpoint, got " + value + "; it is ignored.");
        return Optional.empty();
    }

    private static Optional<Level> level(JsonObject settings, List<String> problems) {
        JsonPrimitive value = primitive(settings, "logLevel");
        if (value == null) {
            return Optional.empty();
        }
        Level level = value.isString() ? levelNamed(value.getAsString()) : null;
        if (level == null) {
            problems.add("The setting 'logLevel' must be one of off, error, warning, info, debug, trace or all"
                    + " (or a java.util.logging level name), got " + value + "; it is ignored.");
            return Optional.empty();
        }
        return Optional.of(level);
    }

    static Level levelNamed(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "off":
                return Level.OFF;
            case "error":
            case "severe":
                return Level.SEVERE;
            case "warning":
            case "warn":
                return Level.WARNING;
            case "info":
                return Level.INFO;
            case "debug":
            case "fine":
                return Level.FINE;
            case "finer":
                return Level.FINER;
            case "trace":
            case "finest":
                return Level.FINEST;
            case "all":
                return Level.ALL;
            default:
                return null;
        }
    }

    private static Optional<Boolean> bool(JsonObject settings, String name, List<String> problems) {
        JsonPrimitive value = primitive(settings, name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.getAsBoolean());
        }
        problems.add("The setting '" + name + "' must be true or false, got " + value + "; it is ignored.");
        return Optional.empty();
    }

    /** The member as a primitive; null when absent or JSON null, and an object or array counts as invalid. */
    private static JsonPrimitive primitive(JsonObject settings, String name) {
        JsonElement value = settings.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonPrimitive()) {
            return value.getAsJsonPrimitive();
        }
        return new JsonPrimitive(value.toString());
    }
}
