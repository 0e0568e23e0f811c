package dev.assumerole.lsp;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits recorded stdout bytes into JSON-RPC messages; bytes that are not framed messages are the leftover. */
record Frames(List<JsonObject> messages, String leftover) {

    static Frames split(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<JsonObject> messages = new ArrayList<>();
        StringBuilder leftover = new StringBuilder();
        int position = 0;
        byte[] all = bytes;
        while (position < all.length) {
            int headerEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), position);
            String header = headerEnd < 0 ? "" : new String(all, position, headerEnd - position,
                    StandardCharsets.US_ASCII);
            if (headerEnd < 0 || !header.startsWith("Content-Length: ")) {
                leftover.append(new String(all, position, all.length - position, StandardCharsets.UTF_8));
                break;
            }
            int length = Integer.parseInt(header.substring("Content-Length: ".length()).trim());
            int bodyStart = headerEnd + 4;
            String body = new String(all, bodyStart, Math.min(length, all.length - bodyStart), StandardCharsets.UTF_8);
            messages.add(JsonParser.parseString(body).getAsJsonObject());
            position = bodyStart + length;
        }
        return new Frames(messages, text.isEmpty() ? "" : leftover.toString());
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        for (int i = from; i <= haystack.length - needle.length; i++) {
            boolean match = true;
            for (int j = 0; j < needle.length && match; j++) {
                match = haystack[i + j] == needle[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
