package com.harufilm.domain.error;

/** An access token that is missing, malformed, forged or signed with an unknown key. */
public final class InvalidToken extends DomainException {

    public InvalidToken(String message) {
        super(ErrorCode.INVALID_TOKEN, message, null);
    }
}
