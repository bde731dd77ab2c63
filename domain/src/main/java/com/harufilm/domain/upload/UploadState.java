package com.harufilm.domain.upload;

/** An upload session's life: parts arrive while ACTIVE; it ends COMPLETED, ABORTED or EXPIRED, and an end is final. */
public enum UploadState {
    ACTIVE,
    COMPLETED,
    ABORTED,
    EXPIRED;

    /** Whether a session in this state may become {@code next}: only ACTIVE moves, and only to an end. */
    public boolean canMoveTo(UploadState next) {
        return this == ACTIVE && next != ACTIVE;
    }
}
