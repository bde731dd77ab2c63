package com.harufilm.adapters.media;

import static com.harufilm.domain.error.ErrorCode.S3_URL_GENERATION_FAILED;

import com.harufilm.application.port.out.SignedLinks;
import java.time.Duration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Presigned GETs on an S3-compatible service, for the segments and thumbnails players fetch. */
final class S3SignedLinks implements SignedLinks {

    private final S3Presigner presigner;
    private final String bucket;
    private final PresignedUrls urls;

    S3SignedLinks(S3Presigner presigner, String bucket, PresignedUrls urls) {
        this.presigner = presigner;
        this.bucket = bucket;
        this.urls = urls;
    }

    @Override
    public PresignedUrl presignGet(String key, Duration validFor) {
        var presigned = S3Failures.translate(S3_URL_GENERATION_FAILED, "presigning a download", () -> presigner.presignGetObject(
                presign -> presign.signatureDuration(validFor).getObjectRequest(get -> get.bucket(bucket).key(key))));
        return urls.expiring(presigned.url(), validFor, "presigning a download");
    }
}
