package com.harufilm.domain.error;

/** Every error a client can see, with the HTTP status the contract (docs/api.md) gives it. */
public enum ErrorCode {
    INVALID_REQUEST(400),
    INVALID_TOKEN(401),
    TOKEN_EXPIRED(401),
    INVALID_REFRESH_TOKEN(401),
    /** 401 when Google rejects the code or token; an exception may answer 502 when Google cannot be reached. */
    GOOGLE_AUTH_FAILED(401),
    USER_NOT_FOUND(404),
    USER_ALREADY_EXISTS(409),
    VIDEO_NOT_FOUND(404),
    VIDEO_ALREADY_EXISTS(409),
    VIDEO_ENCODING_FAILED(500),
    INVALID_VIDEO_FORMAT(400),
    UPLOAD_NOT_FOUND(404),
    UPLOAD_INITIATION_FAILED(500),
    UPLOAD_COMPLETION_FAILED(500),
    INVALID_UPLOAD_PART(400),
    MISSING_UPLOAD_DATA(400),
    S3_UPLOAD_FAILED(500),
    S3_DELETE_FAILED(500),
    S3_URL_GENERATION_FAILED(500),
    INVALID_FCM_TOKEN(400),
    FCM_SEND_FAILED(500),
    DATABASE_ERROR(500),
    DATABASE_CONNECTION_FAILED(503),
    MESSAGE_QUEUE_ERROR(500),
    MESSAGE_PUBLISH_FAILED(500),
    RATE_LIMITED(429),
    /** One user holds as many open upload sessions as allowed. */
    TOO_MANY_UPLOADS(429),
    PAYLOAD_TOO_LARGE(413),
    NOT_FOUND(404),
    INTERNAL_ERROR(500);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
