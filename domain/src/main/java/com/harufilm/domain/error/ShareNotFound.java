package com.harufilm.domain.error;

/** A share link that is unknown, expired or revoked, or a share id that is not the caller's: one answer for all. */
public final class ShareNotFound extends DomainException {

    public ShareNotFound(String message) {
        super(ErrorCode.SHARE_NOT_FOUND, message, null);
    }
}
