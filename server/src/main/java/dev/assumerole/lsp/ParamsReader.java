package dev.assumerole.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Reads the parameters of an {@code aws/*} request with strict types. Gson alone would turn {@code profile: 5}
 * into the string "5"; here a member of the wrong type is an invalid-params error that names the member, the
 * expected type and the fix.
 */
final class ParamsReader {
    private final String method;
    private final JsonObject params;

    private ParamsReader(String method, JsonObject params) {
        this.method = method;
        this.params = params;
    }

    /** Requires an object; {@code shape} describes it in the error, such as {@code {profile, tokenCode?}}. */
    static ParamsReader object(String method, JsonElement params, String shape) {
        if (params == null || params.isJsonNull()) {
            throw ProtocolErrors.invalidParams("'" + method + "' needs the parameters " + shape + ".");
        }
        if (!params.isJsonObject()) {
            throw ProtocolErrors.invalidParams("The parameters of '" + method + "' must be an object " + shape
                    + ", got " + describe(params) + ".");
        }
        return new ParamsReader(method, params.getAsJsonObject());
    }

    /** A non-empty string member. */
    String requiredString(String name) {
        String value = optionalString(name);
        if (value == null || value.isBlank()) {
            throw ProtocolErrors.invalidParams("'" + method + "' needs '" + name + "', a non-empty string.");
        }
        return value;
    }

    /** A string member, or null when it is absent or JSON null. */
    String optionalString(String name) {
        JsonElement value = params.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            return value.getAsString();
        }
        throw ProtocolErrors.invalidParams("The member '" + name + "' of '" + method + "' must be a string, got "
                + describe(value) + ".");
    }

    /** A whole-number member, or null when it is absent or JSON null. */
    Integer optionalInteger(String name) {
        JsonElement value = params.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            double number = value.getAsDouble();
            if (number == Math.rint(number) && Math.abs(number) <= Integer.MAX_VALUE) {
                return (int) number;
            }
        }
        throw ProtocolErrors.invalidParams("The member '" + name + "' of '" + method
                + "' must be a whole number of seconds, got " + describe(value) + ".");
    }

    /** Names the JSON type of a value without quoting it, since the value could be a secret in the wrong place. */
    private static String describe(JsonElement value) {
        if (value.isJsonObject()) {
            return "an object";
        }
        if (value.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return "a boolean";
        }
        if (primitive.isNumber()) {
            return "a number";
        }
        return "a string";
    }
}
