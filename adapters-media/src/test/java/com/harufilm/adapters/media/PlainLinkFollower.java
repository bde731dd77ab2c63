package com.harufilm.adapters.media;

import com.harufilm.application.contract.LinkFollower;
import java.net.URI;

/** Follows the S3 adapter's presigned URLs over plain HTTP (java.net.http), as the contracts ask. */
final class PlainLinkFollower implements LinkFollower, AutoCloseable {

    private final PlainHttpClient http = new PlainHttpClient();

    @Override
    public Answer put(URI url, byte[] body) throws Exception {
        var answer = http.put(url, body);
        String etag = answer.headers().firstValue("ETag").orElse("");
        return new Answer(answer.statusCode(), etag.replace("\"", ""), new byte[0]);
    }

    @Override
    public Answer get(URI url) throws Exception {
        var answer = http.get(url);
        return new Answer(answer.statusCode(), "", answer.body());
    }

    @Override
    public void close() {
        http.close();
    }
}
