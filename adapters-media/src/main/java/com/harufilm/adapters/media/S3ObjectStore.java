package com.harufilm.adapters.media;

import static com.harufilm.domain.error.ErrorCode.S3_UPLOAD_FAILED;

import com.harufilm.application.port.out.ObjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Whole objects moved between files and an S3-compatible service, for the encoder and the playlists. */
final class S3ObjectStore implements ObjectStore {

    private final S3Client s3;
    // Downloads and uploads of whole objects: bounded per read, not as a whole (S3Timeouts).
    private final S3Client transfers;
    private final String bucket;

    S3ObjectStore(S3Client s3, S3Client transfers, String bucket) {
        this.s3 = s3;
        this.transfers = transfers;
        this.bucket = bucket;
    }

    @Override
    public void download(String key, Path target) {
        // The SDK's own toFile refuses an existing file; the port promises to replace it.
        S3Failures.translate(S3_UPLOAD_FAILED, "downloading an object", () -> transfers.getObject(get -> get.bucket(bucket).key(key),
                (response, body) -> Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING)));
    }

    @Override
    public void upload(Path file, String key, String contentType) {
        // A single PUT: encoder outputs (segments, playlists, a thumbnail) stay far below S3's 5 GiB limit for one.
        S3Failures.translate(S3_UPLOAD_FAILED, "uploading an object", () -> transfers.putObject(
                put -> put.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(file)));
    }

    @Override
    public String readText(String key) {
        return S3Failures.translate(S3_UPLOAD_FAILED, "reading an object", () -> s3.getObjectAsBytes(
                get -> get.bucket(bucket).key(key)).asUtf8String());
    }

    @Override
    public Optional<Long> sizeOf(String key) {
        return S3Failures.translate(S3_UPLOAD_FAILED, "reading an object's size", () -> Optional.of(
                s3.headObject(head -> head.bucket(bucket).key(key)).contentLength()), S3Failures::notFound, Optional.empty());
    }
}
