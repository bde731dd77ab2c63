package com.harufilm.domain.error;

/** A file that is not a video we take: wrong type, empty, too large, or not decodable. */
public final class InvalidVideoFormat extends DomainException {

    public InvalidVideoFormat(String message) {
        super(ErrorCode.INVALID_VIDEO_FORMAT, message, null);
    }
}
