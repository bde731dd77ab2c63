package com.harufilm.application.port.out;

import com.harufilm.application.port.out.SignedLinks.PresignedUrl;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Multipart uploads in the object store that clients fill through presigned part URLs, from the
 * start to the assembled object or the abort. Failures surface as DependencyFailure with an S3_*
 * or UPLOAD_* code.
 */
public interface MultipartUploads {

    /** A part the store holds, as ListParts reports it; {@code etag} without quotes. */
    record StoredPart(int partNumber, String etag, long size) {
    }

    /** A multipart upload the store has open. */
    record PendingUpload(String key, String storeUploadId, Instant initiated) {
    }

    /** Opens a multipart upload for {@code key}; returns the store's upload id. */
    String startMultipartUpload(String key, String contentType);

    /**
     * A URL that stores one part of exactly {@code contentLength} bytes: the length is signed, so the
     * store refuses a PUT of any other size.
     */
    PresignedUrl presignPartUpload(String key, String storeUploadId, int partNumber, long contentLength, Duration validFor);

    /** Every part the store holds for the upload, in part order; empty when it holds none or no longer knows the upload. */
    List<StoredPart> listParts(String key, String storeUploadId);

    /** Assembles the object from the parts; false when the store no longer knows the upload (completed or aborted before). */
    boolean completeMultipartUpload(String key, String storeUploadId, List<StoredPart> parts);

    /** Drops the upload and its parts; doing it twice is harmless. */
    void abortMultipartUpload(String key, String storeUploadId);

    /** The multipart uploads open under {@code prefix}. */
    List<PendingUpload> listPendingUploads(String prefix);
}
