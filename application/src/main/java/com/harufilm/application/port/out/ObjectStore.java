package com.harufilm.application.port.out;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The store of video bytes (S3 or compatible): multipart uploads that clients fill through
 * presigned URLs, and the objects they become. Failures surface as DependencyFailure with an S3_*
 * or UPLOAD_* code.
 */
public interface ObjectStore {

    /** A part the store holds, as ListParts reports it; {@code etag} without quotes. */
    record StoredPart(int partNumber, String etag, long size) {
    }

    /** A multipart upload the store has open. */
    record PendingUpload(String key, String storeUploadId, Instant initiated) {
    }

    /** A URL a client may use without credentials until {@code expiresAt}. */
    record PresignedUrl(URI url, Instant expiresAt) {
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

    /** The size of the object, if it exists. */
    Optional<Long> sizeOf(String key);

    /**
     * Removes every object under {@code prefix} and aborts the multipart uploads open under it (so a
     * part URL given out before stores nothing after); removing nothing is fine.
     */
    void deletePrefix(String prefix);

    /** Streams the object into {@code target} (replacing it). */
    void download(String key, Path target);

    /** Stores the file's bytes under {@code key}, replacing what was there (so a repeated upload is harmless). */
    void upload(Path file, String key, String contentType);

    /** The whole object as text (playlists: small). */
    String readText(String key);

    /** A URL anyone may GET the object with until it expires (segments and thumbnails). */
    PresignedUrl presignGet(String key, Duration validFor);
}
