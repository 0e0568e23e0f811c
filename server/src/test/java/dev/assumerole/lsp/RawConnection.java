package dev.assumerole.lsp;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Writes raw bytes to the server and splits what it writes back into JSON-RPC messages. */
final class RawConnection {
    private final OutputStream toServer;
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();

    RawConnection(Process process) {
        this.toServer = process.getOutputStream();
        Thread reader = new Thread(() -> readFrames(process.getInputStream()), "raw-frames");
        reader.setDaemon(true);
        reader.start();
    }

    void sendBytes(byte[] bytes) throws IOException {
        toServer.write(bytes);
        toServer.flush();
    }

    void send(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        sendBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        sendBytes(body);
    }

    /** Waits for the response with this id, skipping notifications and other responses; null at the timeout. */
    JsonObject awaitResponse(int id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            JsonObject message = received.poll(left, TimeUnit.NANOSECONDS);
            if (message != null && message.has("id") && !message.get("id").isJsonNull()
                    && message.get("id").getAsString().equals(String.valueOf(id))) {
                return message;
            }
        }
    }

    private void readFrames(InputStream in) {
        try {
            while (true) {
                int length = -1;
                String line;
                while (!(line = readLine(in)).isEmpty()) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                byte[] body = in.readNBytes(length);
                if (body.length < length) {
                    return;
                }
                received.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
            }
        } catch (IOException | RuntimeException e) {
            // The stream ended or the server broke framing; the waiting test reports the missing response.
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int value;
        while ((value = in.read()) >= 0) {
            if (value == '\n') {
                break;
            }
            if (value != '\r') {
                line.write(value);
            }
        }
        if (value < 0 && line.size() == 0) {
            throw new IOException("end of stream");
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
