package com.harufilm.domain.share;

/** Identifies a share link to its owner (revoking it); opaque to clients, and no credential. */
public record ShareId(long value) {

    public ShareId {
        if (value <= 0) {
            throw new IllegalArgumentException("share ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
