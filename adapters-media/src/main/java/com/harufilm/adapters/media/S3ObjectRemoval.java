package com.harufilm.adapters.media;

import static com.harufilm.domain.error.ErrorCode.S3_DELETE_FAILED;

import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.ObjectRemoval;
import com.harufilm.domain.error.DependencyFailure;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Removes a prefix from an S3-compatible service: its open multipart uploads, then its objects, a page at a time. */
final class S3ObjectRemoval implements ObjectRemoval {

    private final S3Client s3;
    private final MultipartUploads uploads;
    private final String bucket;

    S3ObjectRemoval(S3Client s3, MultipartUploads uploads, String bucket) {
        this.s3 = s3;
        this.uploads = uploads;
        this.bucket = bucket;
    }

    @Override
    public void deletePrefix(String prefix) {
        // Uploads first: a part stored while the objects go would otherwise survive as an open upload.
        uploads.listPendingUploads(prefix).forEach(upload -> uploads.abortMultipartUpload(upload.key(), upload.storeUploadId()));
        // A ListObjectsV2 page holds at most 1000 keys, which is also the most one DeleteObjects takes.
        S3Failures.translate(S3_DELETE_FAILED, "deleting objects", () -> {
            s3.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix)).stream()
                    .filter(page -> !page.contents().isEmpty())
                    .forEach(page -> deleteAll(page.contents()));
            return null;
        });
    }

    private void deleteAll(List<S3Object> objects) {
        List<ObjectIdentifier> keys = objects.stream().map(object -> ObjectIdentifier.builder().key(object.key()).build()).toList();
        // Quiet: the answer then lists only the keys that could not be deleted.
        List<S3Error> errors = s3.deleteObjects(delete -> delete.bucket(bucket).delete(batch -> batch.objects(keys).quiet(true))).errors();
        if (!errors.isEmpty()) {
            // The keys and S3's reasons go to the log through the cause; the message stays short.
            String reasons = errors.stream().map(error -> error.key() + ": " + error.code()).collect(Collectors.joining(", "));
            throw new DependencyFailure(S3_DELETE_FAILED, "deleting objects failed: " + errors.size() + " of " + keys.size()
                    + " not deleted", new IllegalStateException("S3 kept " + reasons));
        }
    }
}
