package com.harufilm.domain.video;

/** Identifies a video; opaque to clients. */
public record VideoId(long value) {

    public VideoId {
        if (value <= 0) {
            throw new IllegalArgumentException("video ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
