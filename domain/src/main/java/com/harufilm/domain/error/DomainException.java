package com.harufilm.domain.error;

import org.jspecify.annotations.Nullable;

/**
 * Something went wrong that a client may be told about. Each subclass is named for what happened
 * and carries the {@link ErrorCode} of the contract; the web adapter alone turns it into a response.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidRequest, DependencyFailure, InvalidToken, TokenExpired, RefreshTokenRejected, GoogleLoginFailed,
        UserNotFound, InvalidFcmToken, MissingUploadData, InvalidVideoFormat, InvalidUploadPart, UploadNotFound,
        VideoAlreadyExists, VideoNotFound, TooManyUploads, VideoNotReady, ShareNotFound {

    private final ErrorCode code;

    protected DomainException(ErrorCode code, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
