package com.harufilm.domain.error;

/** A refresh token that is unknown, expired, revoked or already spent. */
public final class RefreshTokenRejected extends DomainException {

    public RefreshTokenRejected(String message) {
        super(ErrorCode.INVALID_REFRESH_TOKEN, message, null);
    }
}
