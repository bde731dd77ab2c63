package com.harufilm.domain.error;

/** An upload request without a field it needs. */
public final class MissingUploadData extends DomainException {

    public MissingUploadData(String message) {
        super(ErrorCode.MISSING_UPLOAD_DATA, message, null);
    }
}
