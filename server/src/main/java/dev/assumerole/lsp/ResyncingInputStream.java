package dev.assumerole.lsp;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Passes on only well-framed messages ({@code Content-Length: N}, a blank line, N bytes) and drops whatever
 * cannot be framed. LSP4J's reader alone never recovers when junk without a line break precedes a header: the
 * junk sticks to the next {@code Content-Length} line, that message's body sticks to the one after, and so on.
 * Here a header line is recognised wherever {@code Content-Length:} appears in it, so reading resumes at the first
 * intact message. A body that is not valid JSON is passed on, and LSP4J answers it with a parse error.
 */
final class ResyncingInputStream extends InputStream {
    /** Longer header lines are cut; no valid header comes close. */
    static final int MAX_HEADER_LINE = 8 * 1024;
    /** Larger bodies are skipped, since no request of this server needs a megabyte. */
    static final int MAX_BODY = 16 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(ResyncingInputStream.class.getName());
    private static final String LENGTH_HEADER = "content-length:";

    private final InputStream in;
    private byte[] frame = new byte[0];
    private int position;

    ResyncingInputStream(InputStream in) {
        this.in = new BufferedInputStream(in);
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return frame[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, frame.length - position);
        System.arraycopy(frame, position, buffer, offset, count);
        position += count;
        return count;
    }

    @Override
    public int available() {
        return frame.length - position;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Makes sure unread frame bytes exist; returns false at the end of the input. */
    private boolean fill() throws IOException {
        while (position >= frame.length) {
            byte[] next = readFrame();
            if (next == null) {
                return false;
            }
            frame = next;
            position = 0;
        }
        return true;
    }

    /** Reads header blocks until one has a valid length, then that message; null at the end of the input. */
    private byte[] readFrame() throws IOException {
        while (true) {
            int length = -1;
            boolean sawHeader = false;
            boolean dropped = false;
            String line;
            while ((line = readLine()) != null && !line.isEmpty()) {
                sawHeader = true;
                int header = line.toLowerCase(Locale.ROOT).lastIndexOf(LENGTH_HEADER);
                if (header < 0) {
                    dropped |= !line.toLowerCase(Locale.ROOT).startsWith("content-type:");
                    continue;
                }
                dropped |= header > 0;
                length = parseLength(line.substring(header + LENGTH_HEADER.length()));
            }
            if (line == null) {
                return null;
            }
            if (!sawHeader) {
                continue;
            }
            if (dropped) {
                LOG.warning("Dropped unreadable bytes before a message header on the input stream");
            }
            if (length < 0) {
                LOG.warning("Dropped a message header without a valid Content-Length on the input stream");
                continue;
            }
            if (length > MAX_BODY) {
                LOG.warning("Skipped a message of " + length + " bytes; the limit is " + MAX_BODY);
                in.skipNBytes(length);
                continue;
            }
            byte[] body = in.readNBytes(length);
            if (body.length < length) {
                return null;
            }
            byte[] header = ("Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] message = new byte[header.length + body.length];
            System.arraycopy(header, 0, message, 0, header.length);
            System.arraycopy(body, 0, message, header.length, body.length);
            return message;
        }
    }

    private static int parseLength(String value) {
        try {
            int length = Integer.parseInt(value.trim());
            return length >= 0 ? length : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Reads one line without its CR LF, cut at {@link #MAX_HEADER_LINE}; null at the end of the input. */
    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int value;
        boolean any = false;
        while ((value = in.read()) >= 0) {
            any = true;
            if (value == '\n') {
                break;
            }
            if (value != '\r' && line.size() < MAX_HEADER_LINE) {
                line.write(value);
            }
        }
        if (!any) {
            return null;
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
