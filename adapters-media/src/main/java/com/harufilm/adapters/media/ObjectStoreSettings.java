package com.harufilm.adapters.media;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Where the S3-compatible store is: AWS S3 when {@code endpoint} is null, otherwise MinIO, the
 * local server of the embedded run, or any other store at that address.
 */
public record ObjectStoreSettings(
        @Nullable URI endpoint, String region, String bucket, String accessKeyId, String secretAccessKey,
        boolean pathStyle) {

    @Override
    public String toString() {
        return "ObjectStoreSettings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket
                + ", pathStyle=" + pathStyle + "]";
    }
}
