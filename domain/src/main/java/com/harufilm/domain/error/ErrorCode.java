package com.harufilm.domain.error;

/** Every error a client can see, as the contract (docs/api.md) names it; the web adapter gives each its HTTP status. */
public enum ErrorCode {
    INVALID_REQUEST,
    INVALID_TOKEN,
    TOKEN_EXPIRED,
    INVALID_REFRESH_TOKEN,
    /** Google rejected the code or token, or could not be reached ({@link GoogleLoginFailed#googleUnreachable}). */
    GOOGLE_AUTH_FAILED,
    USER_NOT_FOUND,
    VIDEO_NOT_FOUND,
    VIDEO_ALREADY_EXISTS,
    VIDEO_ENCODING_FAILED,
    INVALID_VIDEO_FORMAT,
    UPLOAD_NOT_FOUND,
    UPLOAD_INITIATION_FAILED,
    UPLOAD_COMPLETION_FAILED,
    INVALID_UPLOAD_PART,
    MISSING_UPLOAD_DATA,
    S3_UPLOAD_FAILED,
    S3_DELETE_FAILED,
    S3_URL_GENERATION_FAILED,
    /** The object store could not be reached, timed out or answered 5xx: an outage to retry, as DATABASE_CONNECTION_FAILED is. */
    S3_UNAVAILABLE,
    INVALID_FCM_TOKEN,
    FCM_SEND_FAILED,
    DATABASE_ERROR,
    DATABASE_CONNECTION_FAILED,
    MESSAGE_QUEUE_ERROR,
    MESSAGE_PUBLISH_FAILED,
    RATE_LIMITED,
    /** One user holds as many open upload sessions as allowed. */
    TOO_MANY_UPLOADS,
    /** The video is not COMPLETE yet (a share link needs the whole ladder). */
    VIDEO_NOT_READY,
    /** A share link that is unknown, expired or revoked. */
    SHARE_NOT_FOUND,
    PAYLOAD_TOO_LARGE,
    NOT_FOUND,
    INTERNAL_ERROR
}
