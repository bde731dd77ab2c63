package com.harufilm.adapters.media;

import com.harufilm.application.port.out.ReadinessProbe;
import software.amazon.awssdk.services.s3.S3Client;

/** The bucket exists and the credentials may reach it. */
final class S3BucketProbe implements ReadinessProbe {

    private final S3Client s3;
    private final String bucket;

    S3BucketProbe(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public String component() {
        return "objectStore";
    }

    @Override
    public void check() {
        s3.headBucket(request -> request.bucket(bucket));
    }
}
