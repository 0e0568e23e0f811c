package dev.assumerole.lsp;

/** Shortens values that messages and log lines quote, so that a huge input is not echoed whole. */
final class Quoted {
    /** The number of characters of a value that a message or log line shows. */
    static final int MAX_LENGTH = 100;
    /**
     * A run of characters without white space longer than this is cut to {@value #MAX_LENGTH}. It is well above
     * the length of the role ARNs, session names and paths that messages quote, so only junk input is cut.
     */
    static final int MAX_WORD = 256;

    private Quoted() {
    }

    /** Returns the value, or its first {@value #MAX_LENGTH} characters and "…" when it is longer. */
    static String cut(String value) {
        if (value == null || value.length() <= MAX_LENGTH) {
            return value;
        }
        return value.substring(0, MAX_LENGTH) + "…";
    }

    /** Cuts every run of characters without white space that is longer than {@value #MAX_WORD}. */
    static String cutLongWords(String text) {
        if (text == null || text.length() <= MAX_WORD) {
            return text;
        }
        StringBuilder result = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end - start > MAX_WORD) {
                result.append(text, start, start + MAX_LENGTH).append('…');
            } else {
                result.append(text, start, end);
            }
            int next = end;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            result.append(text, end, next);
            start = next;
        }
        return result.toString();
    }
}
