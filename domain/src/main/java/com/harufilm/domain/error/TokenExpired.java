package com.harufilm.domain.error;

/** An access token past its expiry: the app should refresh and retry. */
public final class TokenExpired extends DomainException {

    public TokenExpired(String message) {
        super(ErrorCode.TOKEN_EXPIRED, message, null);
    }
}
