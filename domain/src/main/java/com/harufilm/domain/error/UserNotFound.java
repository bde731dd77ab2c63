package com.harufilm.domain.error;

/** The user a valid token names no longer exists (the account was deleted). */
public final class UserNotFound extends DomainException {

    public UserNotFound(String message) {
        super(ErrorCode.USER_NOT_FOUND, message, null);
    }
}
