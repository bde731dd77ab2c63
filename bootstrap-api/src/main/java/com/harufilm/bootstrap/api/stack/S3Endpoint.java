package com.harufilm.bootstrap.api.stack;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the stack's processes reach its S3 server, as the server announced it at start. */
public record S3Endpoint(String endpoint, String bucket, String accessKeyId, String secretAccessKey) {

    static final Pattern READY = Pattern.compile(
            "S3 server is running at (\\S+) bucket=(\\S+) accessKeyId=(\\S+) secretAccessKey=(\\S+)");

    static S3Endpoint from(Matcher ready) {
        return new S3Endpoint(ready.group(1), ready.group(2), ready.group(3), ready.group(4));
    }

    /** The settings both the API and the workers read to reach it. */
    Map<String, String> settings() {
        return Map.of("HARU_S3_ENDPOINT", endpoint, "HARU_S3_BUCKET", bucket, "HARU_S3_ACCESS_KEY_ID", accessKeyId,
                "HARU_S3_SECRET_ACCESS_KEY", secretAccessKey);
    }
}
