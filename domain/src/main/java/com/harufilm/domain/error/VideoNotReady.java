package com.harufilm.domain.error;

/** The video is not COMPLETE yet, and the request needs the whole ladder (a share link). */
public final class VideoNotReady extends DomainException {

    public VideoNotReady(String message) {
        super(ErrorCode.VIDEO_NOT_READY, message, null);
    }
}
