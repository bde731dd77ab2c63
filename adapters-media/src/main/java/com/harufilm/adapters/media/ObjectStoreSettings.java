package com.harufilm.adapters.media;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Where the S3-compatible store is: AWS S3 when {@code endpoint} is null, otherwise MinIO, the
 * local server of the embedded run, or any other store at that address; and how long it may take.
 */
public record ObjectStoreSettings(
        @Nullable URI endpoint, String region, String bucket, String accessKeyId, String secretAccessKey,
        boolean pathStyle, S3Timeouts timeouts) {

    public ObjectStoreSettings(@Nullable URI endpoint, String region, String bucket, String accessKeyId, String secretAccessKey,
                               boolean pathStyle) {
        this(endpoint, region, bucket, accessKeyId, secretAccessKey, pathStyle, S3Timeouts.DEFAULT);
    }

    @Override
    public String toString() {
        return "ObjectStoreSettings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket
                + ", pathStyle=" + pathStyle + ", timeouts=" + timeouts + "]";
    }
}
