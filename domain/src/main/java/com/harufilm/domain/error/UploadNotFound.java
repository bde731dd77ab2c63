package com.harufilm.domain.error;

/** An upload that is unknown, someone else's, aborted or expired. */
public final class UploadNotFound extends DomainException {

    public UploadNotFound(String message) {
        super(ErrorCode.UPLOAD_NOT_FOUND, message, null);
    }
}
