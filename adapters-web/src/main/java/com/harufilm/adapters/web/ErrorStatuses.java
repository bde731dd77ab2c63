package com.harufilm.adapters.web;

import com.harufilm.domain.error.DomainException;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.error.GoogleLoginFailed;

/**
 * The HTTP status of every contract code, as api.md's error table gives it. The switch has no
 * default branch on purpose: a new {@link ErrorCode} does not compile until it is given a status.
 */
final class ErrorStatuses {

    private ErrorStatuses() {
    }

    /** The status to answer a domain error with; Google out of reach is the one cause that changes it (502, not 401). */
    static int of(DomainException failure) {
        if (failure instanceof GoogleLoginFailed google && google.googleUnreachable()) {
            return 502;
        }
        return of(failure.code());
    }

    static int of(ErrorCode code) {
        return switch (code) {
            case INVALID_REQUEST, INVALID_VIDEO_FORMAT, INVALID_UPLOAD_PART, MISSING_UPLOAD_DATA, INVALID_FCM_TOKEN -> 400;
            case INVALID_TOKEN, TOKEN_EXPIRED, INVALID_REFRESH_TOKEN, GOOGLE_AUTH_FAILED -> 401;
            case USER_NOT_FOUND, VIDEO_NOT_FOUND, UPLOAD_NOT_FOUND, SHARE_NOT_FOUND, NOT_FOUND -> 404;
            case VIDEO_ALREADY_EXISTS, VIDEO_NOT_READY -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case RATE_LIMITED, TOO_MANY_UPLOADS -> 429;
            case VIDEO_ENCODING_FAILED, UPLOAD_INITIATION_FAILED, UPLOAD_COMPLETION_FAILED, S3_UPLOAD_FAILED, S3_DELETE_FAILED,
                 S3_URL_GENERATION_FAILED, FCM_SEND_FAILED, DATABASE_ERROR, MESSAGE_QUEUE_ERROR, MESSAGE_PUBLISH_FAILED,
                 INTERNAL_ERROR -> 500;
            case DATABASE_CONNECTION_FAILED, S3_UNAVAILABLE -> 503;
        };
    }
}
