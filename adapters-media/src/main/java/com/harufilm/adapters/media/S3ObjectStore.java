package com.harufilm.adapters.media;

import static com.harufilm.domain.error.ErrorCode.S3_DELETE_FAILED;
import static com.harufilm.domain.error.ErrorCode.S3_UPLOAD_FAILED;
import static com.harufilm.domain.error.ErrorCode.S3_URL_GENERATION_FAILED;
import static com.harufilm.domain.error.ErrorCode.UPLOAD_COMPLETION_FAILED;
import static com.harufilm.domain.error.ErrorCode.UPLOAD_INITIATION_FAILED;

import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.domain.error.DependencyFailure;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The object store on an S3-compatible service: multipart uploads filled through presigned part
 * URLs, whole objects moved to and from files for the encoder, presigned GETs for playback.
 */
final class S3ObjectStore implements ObjectStore {

    private final S3Client s3;
    // Downloads and uploads of whole objects: bounded per read, not as a whole (S3Timeouts).
    private final S3Client transfers;
    private final S3Presigner presigner;
    private final String bucket;
    private final Clock clock;

    S3ObjectStore(S3Client s3, S3Client transfers, S3Presigner presigner, String bucket, Clock clock) {
        this.s3 = s3;
        this.transfers = transfers;
        this.presigner = presigner;
        this.bucket = bucket;
        this.clock = clock;
    }

    @Override
    public String startMultipartUpload(String key, String contentType) {
        return S3Failures.translate(UPLOAD_INITIATION_FAILED, "starting an upload", () -> s3.createMultipartUpload(
                create -> create.bucket(bucket).key(key).contentType(contentType)).uploadId());
    }

    @Override
    public PresignedUrl presignPartUpload(String key, String storeUploadId, int partNumber, long contentLength, Duration validFor) {
        // Content-Length becomes a signed header: a PUT of more (or fewer) bytes fails the signature.
        var presigned = S3Failures.translate(S3_URL_GENERATION_FAILED, "presigning a part upload", () -> presigner.presignUploadPart(
                presign -> presign.signatureDuration(validFor).uploadPartRequest(part -> part.bucket(bucket).key(key)
                        .uploadId(storeUploadId).partNumber(partNumber).contentLength(contentLength))));
        return presignedUrl(presigned.url(), validFor, "presigning a part upload");
    }

    @Override
    public List<StoredPart> listParts(String key, String storeUploadId) {
        // The paginator asks for the next page lazily, so the whole walk runs inside the translation.
        return S3Failures.translate(S3_UPLOAD_FAILED, "listing an upload's parts", () -> s3.listPartsPaginator(
                        list -> list.bucket(bucket).key(key).uploadId(storeUploadId)).parts().stream()
                .map(part -> new StoredPart(part.partNumber(), unquoted(part.eTag()), part.size()))
                .sorted(Comparator.comparingInt(StoredPart::partNumber))
                .toList(), S3Failures::noSuchUpload, List.of());
    }

    @Override
    public boolean completeMultipartUpload(String key, String storeUploadId, List<StoredPart> parts) {
        // S3 wants the parts in ascending order and the etags quoted, as it gave them out.
        List<CompletedPart> completed = parts.stream()
                .sorted(Comparator.comparingInt(StoredPart::partNumber))
                .map(part -> CompletedPart.builder().partNumber(part.partNumber()).eTag('"' + part.etag() + '"').build())
                .toList();
        return S3Failures.translate(UPLOAD_COMPLETION_FAILED, "completing an upload", () -> {
            // S3Proxy completes any upload id, even a completed, aborted or made-up one, and AWS S3 repeats a
            // success for hours after completion; the port wants false for those, so ask whether it is still open.
            if (!isOpen(key, storeUploadId)) {
                return false;
            }
            s3.completeMultipartUpload(complete -> complete.bucket(bucket).key(key).uploadId(storeUploadId)
                    .multipartUpload(upload -> upload.parts(completed)));
            return true;
        }, S3Failures::noSuchUpload, false);
    }

    @Override
    public void abortMultipartUpload(String key, String storeUploadId) {
        S3Failures.translate(S3_DELETE_FAILED, "aborting an upload", () -> s3.abortMultipartUpload(
                abort -> abort.bucket(bucket).key(key).uploadId(storeUploadId)), S3Failures::noSuchUpload, null);
    }

    @Override
    public List<PendingUpload> listPendingUploads(String prefix) {
        return S3Failures.translate(S3_UPLOAD_FAILED, "listing open uploads", () -> s3.listMultipartUploadsPaginator(
                        list -> list.bucket(bucket).prefix(prefix)).uploads().stream()
                .map(upload -> new PendingUpload(upload.key(), upload.uploadId(), upload.initiated()))
                .toList());
    }

    @Override
    public Optional<Long> sizeOf(String key) {
        return S3Failures.translate(S3_UPLOAD_FAILED, "reading an object's size", () -> Optional.of(
                s3.headObject(head -> head.bucket(bucket).key(key)).contentLength()), S3Failures::notFound, Optional.empty());
    }

    @Override
    public void deletePrefix(String prefix) {
        // Uploads first: a part stored while the objects go would otherwise survive as an open upload.
        listPendingUploads(prefix).forEach(upload -> abortMultipartUpload(upload.key(), upload.storeUploadId()));
        // A ListObjectsV2 page holds at most 1000 keys, which is also the most one DeleteObjects takes.
        S3Failures.translate(S3_DELETE_FAILED, "deleting objects", () -> {
            s3.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix)).stream()
                    .filter(page -> !page.contents().isEmpty())
                    .forEach(page -> deleteAll(page.contents()));
            return null;
        });
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
    public PresignedUrl presignGet(String key, Duration validFor) {
        var presigned = S3Failures.translate(S3_URL_GENERATION_FAILED, "presigning a download", () -> presigner.presignGetObject(
                presign -> presign.signatureDuration(validFor).getObjectRequest(get -> get.bucket(bucket).key(key))));
        return presignedUrl(presigned.url(), validFor, "presigning a download");
    }

    /** The URL and its expiry by the injected clock (the signature itself counts from the SDK's own clock). */
    private PresignedUrl presignedUrl(URL url, Duration validFor, String action) {
        try {
            return new PresignedUrl(url.toURI(), clock.instant().plus(validFor));
        } catch (URISyntaxException e) {
            throw new DependencyFailure(S3_URL_GENERATION_FAILED, action + " failed: not a URI", e);
        }
    }

    private boolean isOpen(String key, String storeUploadId) {
        return s3.listMultipartUploadsPaginator(list -> list.bucket(bucket).prefix(key)).uploads().stream()
                .anyMatch(upload -> upload.key().equals(key) && upload.uploadId().equals(storeUploadId));
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

    private static String unquoted(String etag) {
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
    }
}
