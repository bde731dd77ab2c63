package com.harufilm.adapters.media;

import static com.harufilm.domain.error.ErrorCode.S3_DELETE_FAILED;
import static com.harufilm.domain.error.ErrorCode.S3_UPLOAD_FAILED;
import static com.harufilm.domain.error.ErrorCode.S3_URL_GENERATION_FAILED;
import static com.harufilm.domain.error.ErrorCode.UPLOAD_COMPLETION_FAILED;
import static com.harufilm.domain.error.ErrorCode.UPLOAD_INITIATION_FAILED;

import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.SignedLinks.PresignedUrl;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Multipart uploads on an S3-compatible service, filled by clients through presigned part URLs. */
final class S3MultipartUploads implements MultipartUploads {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final PresignedUrls urls;

    S3MultipartUploads(S3Client s3, S3Presigner presigner, String bucket, PresignedUrls urls) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.urls = urls;
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
        return urls.expiring(presigned.url(), validFor, "presigning a part upload");
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

    private boolean isOpen(String key, String storeUploadId) {
        return s3.listMultipartUploadsPaginator(list -> list.bucket(bucket).prefix(key)).uploads().stream()
                .anyMatch(upload -> upload.key().equals(key) && upload.uploadId().equals(storeUploadId));
    }

    private static String unquoted(String etag) {
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
    }
}
