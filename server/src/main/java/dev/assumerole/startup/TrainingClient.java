package dev.assumerole.startup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The editor's side of a training session: writes framed JSON-RPC messages and reads the responses. */
final class TrainingClient {
    private final OutputStream toServer;
    private final InputStream fromServer;

    TrainingClient(OutputStream toServer, InputStream fromServer) {
        this.toServer = toServer;
        this.fromServer = fromServer;
    }

    void notify(String method, String params) throws IOException {
        write("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
    }

    /** Sends a request and reads messages until its response; returns whether the response is a result. */
    boolean request(int id, String method, String params) throws IOException {
        write("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
        String idMember = "\"id\":" + id;
        while (true) {
            String message = read();
            if (message.contains(idMember) && !message.contains("\"method\"")) {
                return message.contains("\"result\"");
            }
        }
    }

    private void write(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(body);
        toServer.flush();
    }

    private String read() throws IOException {
        int length = -1;
        String header;
        while (!(header = readHeaderLine()).isEmpty()) {
            if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(header.substring(15).trim());
            }
        }
        if (length < 0) {
            throw new IOException("A message from the server has no Content-Length header");
        }
        byte[] body = fromServer.readNBytes(length);
        return new String(body, StandardCharsets.UTF_8);
    }

    private String readHeaderLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int next;
        while ((next = fromServer.read()) != '\n') {
            if (next < 0) {
                throw new IOException("The server closed its output");
            }
            if (next != '\r') {
                line.write(next);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
