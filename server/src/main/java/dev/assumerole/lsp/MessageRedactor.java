package dev.assumerole.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.assumerole.credentials.TemporaryCredentials;
import java.util.Map;
import java.util.Set;

/**
 * Makes a copy of a JSON message that is safe to log: the values of members that hold a secret become
 * {@value #REDACTED}, and access key ids keep only their last four characters. Member names match exactly, at any
 * depth.
 */
public final class MessageRedactor {
    public static final String REDACTED = "<redacted>";

    private static final Set<String> SECRET_MEMBERS = Set.of("tokenCode", "secretAccessKey", "sessionToken",
            "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");
    private static final Set<String> KEY_ID_MEMBERS = Set.of("accessKeyId", "AWS_ACCESS_KEY_ID");

    private MessageRedactor() {
    }

    /** Redacts a JSON text; text that is not JSON is replaced whole, since its secrets cannot be found. */
    public static String redact(String json) {
        try {
            return redact(JsonParser.parseString(json)).toString();
        } catch (JsonParseException e) {
            return "<message that is not valid JSON, " + json.length() + " characters, left out>";
        }
    }

    /** Returns a redacted deep copy; the element passed in is left unchanged. */
    public static JsonElement redact(JsonElement element) {
        if (element.isJsonObject()) {
            JsonObject copy = new JsonObject();
            for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
                copy.add(member.getKey(), redactMember(member.getKey(), member.getValue()));
            }
            return copy;
        }
        if (element.isJsonArray()) {
            JsonArray copy = new JsonArray();
            for (JsonElement item : element.getAsJsonArray()) {
                copy.add(redact(item));
            }
            return copy;
        }
        return element.deepCopy();
    }

    private static JsonElement redactMember(String name, JsonElement value) {
        if (value.isJsonNull()) {
            return value;
        }
        if (SECRET_MEMBERS.contains(name)) {
            return new JsonPrimitive(REDACTED);
        }
        if (KEY_ID_MEMBERS.contains(name)) {
            String keyId = value.isJsonPrimitive() ? value.getAsString() : null;
            return new JsonPrimitive(TemporaryCredentials.mask(keyId));
        }
        return redact(value);
    }
}
