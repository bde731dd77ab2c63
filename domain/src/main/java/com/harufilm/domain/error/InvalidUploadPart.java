package com.harufilm.domain.error;

/** A part number, part size or ETag that does not match the upload. */
public final class InvalidUploadPart extends DomainException {

    public InvalidUploadPart(String message) {
        super(ErrorCode.INVALID_UPLOAD_PART, message, null);
    }
}
