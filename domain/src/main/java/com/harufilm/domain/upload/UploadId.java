package com.harufilm.domain.upload;

/** Identifies an upload session; opaque to clients (not the object store's own upload id). */
public record UploadId(long value) {

    public UploadId {
        if (value <= 0) {
            throw new IllegalArgumentException("upload ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
