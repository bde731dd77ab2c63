package com.harufilm.domain.error;

/** The day already has a video that is not FAILED. */
public final class VideoAlreadyExists extends DomainException {

    public VideoAlreadyExists(String message) {
        super(ErrorCode.VIDEO_ALREADY_EXISTS, message, null);
    }
}
