package com.harufilm.application.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One canned HTTP answer that {@link FaultProxy#answer} gives every request: it reads the request
 * (its body too, unless the client waits for 100-continue, so the client reads the answer rather
 * than a reset), answers, and hangs up.
 */
public final class HttpAnswer {

    /** What S3 says when it fails inside; SDKs retry it, then give up. */
    public static final HttpAnswer S3_INTERNAL_ERROR = new HttpAnswer("500 Internal Server Error", "application/xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>InternalError</Code>"
                    + "<Message>We encountered an internal error. Please try again.</Message></Error>");

    private static final int READ_TIMEOUT_MS = 5_000;

    private final byte[] response;

    public HttpAnswer(String status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n";
        response = (head + body).getBytes(StandardCharsets.UTF_8);
    }

    void reply(Socket client) {
        try (client) {
            client.setSoTimeout(READ_TIMEOUT_MS);
            InputStream in = client.getInputStream();
            String head = readHead(in).toLowerCase(Locale.ROOT);
            if (!head.contains("\r\nexpect: 100-continue")) {
                in.skipNBytes(contentLength(head));
            }
            client.getOutputStream().write(response);
            client.getOutputStream().flush();
        } catch (IOException gone) {
            // The client hung up first: there is nobody to answer.
        }
    }

    private static String readHead(InputStream in) throws IOException {
        var head = new StringBuilder();
        while (head.length() < 4 || head.lastIndexOf("\r\n\r\n") != head.length() - 4) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the request ended inside its head");
            }
            head.append((char) next);
        }
        return head.toString();
    }

    private static long contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                return Long.parseLong(line.substring("content-length:".length()).trim());
            }
        }
        return 0;
    }
}
