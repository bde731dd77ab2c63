package com.harufilm.adapters.media;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Speaks to the store as an app or a browser does with a presigned URL: plain HTTP, no credentials. */
final class PlainHttpClient implements AutoCloseable {

    // HTTP/1.1 as browsers speak it to S3; the JDK client would otherwise try an h2c upgrade.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpResponse<String> put(URI url, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The status a server answers to a PUT of {@code body}, over a bare socket: a refusing server
     * answers and closes while the body is still going out, which the JDK client reports as a broken
     * connection instead of the answer (curl, like browsers, reads the answer).
     */
    static int putStatus(URI url, byte[] body) throws IOException, InterruptedException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            String head = "PUT " + url.getRawPath() + "?" + url.getRawQuery() + " HTTP/1.1\r\nHost: " + url.getHost() + ":"
                    + url.getPort() + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            Thread sender = Thread.ofVirtual().start(() -> {
                try {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    out.flush();
                } catch (IOException refusedMidBody) {
                    // The server has answered and closed; its answer is what counts.
                }
            });
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            sender.join();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    /** A PUT with the Content-Type a script's HTTP library adds on its own. */
    HttpResponse<String> put(URI url, byte[] body, String contentType) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET as a player sends it to a presigned URL: no headers of its own. */
    HttpResponse<byte[]> get(URI url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The CORS preflight a browser sends before it PUTs a part from a web page at {@code origin}. */
    HttpResponse<Void> preflightPut(URI url, String origin) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "PUT")
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Drops kept-alive connections, which would otherwise hold the server's stop for about a second. */
    @Override
    public void close() {
        http.close();
    }
}
