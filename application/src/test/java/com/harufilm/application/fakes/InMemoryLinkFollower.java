package com.harufilm.application.fakes;

import com.harufilm.application.contract.LinkFollower;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Follows the fake store's URLs as S3 answers its presigned ones: a part PUT of another length than
 * the signed one is refused (403), as is a GET after the expiry; an unknown upload or object is 404.
 */
public final class InMemoryLinkFollower implements LinkFollower {

    private static final byte[] NOTHING = new byte[0];

    private final InMemoryObjectStore store;

    public InMemoryLinkFollower(InMemoryObjectStore store) {
        this.store = store;
    }

    @Override
    public Answer put(URI url, byte[] body) {
        Map<String, String> query = query(url);
        String uploadId = query.get("uploadId");
        int partNumber = Integer.parseInt(query.get("partNumber"));
        if (Long.parseLong(query.get("contentLength")) != body.length) {
            return new Answer(403, "", NOTHING);
        }
        if (!store.putPart(uploadId, partNumber, body)) {
            return new Answer(404, "", NOTHING);
        }
        return new Answer(200, store.etagOf(uploadId, partNumber), NOTHING);
    }

    @Override
    public Answer get(URI url) {
        if (store.now().getEpochSecond() > Long.parseLong(query(url).get("expires"))) {
            return new Answer(403, "", NOTHING);
        }
        String text = store.contents.get(url.getPath().substring(1));
        return text == null ? new Answer(404, "", NOTHING) : new Answer(200, "", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(URI url) {
        Map<String, String> query = new HashMap<>();
        for (String pair : url.getQuery().split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                query.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return query;
    }
}
