package com.harufilm.domain.error;

/** The user already holds as many open upload sessions as one user may. */
public final class TooManyUploads extends DomainException {

    public TooManyUploads(String message) {
        super(ErrorCode.TOO_MANY_UPLOADS, message, null);
    }
}
