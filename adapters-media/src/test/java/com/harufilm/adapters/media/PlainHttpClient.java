package com.harufilm.adapters.media;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Speaks to the store as an app or a browser does with a presigned URL: plain HTTP, no credentials. */
final class PlainHttpClient implements AutoCloseable {

    // HTTP/1.1 as browsers speak it to S3; the JDK client would otherwise try an h2c upgrade.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpResponse<String> put(URI url, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
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
