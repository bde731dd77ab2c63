package com.harufilm.domain.error;

/** A video that is unknown or someone else's. */
public final class VideoNotFound extends DomainException {

    public VideoNotFound(String message) {
        super(ErrorCode.VIDEO_NOT_FOUND, message, null);
    }
}
