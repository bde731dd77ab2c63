package com.harufilm.domain.error;

/** A device token that cannot be an FCM registration token. */
public final class InvalidFcmToken extends DomainException {

    public InvalidFcmToken(String message) {
        super(ErrorCode.INVALID_FCM_TOKEN, message, null);
    }
}
