package com.harufilm.domain.upload;

/** An upload session's life: parts arrive while ACTIVE; it ends COMPLETED, ABORTED or EXPIRED. */
public enum UploadState {
    ACTIVE,
    COMPLETED,
    ABORTED,
    EXPIRED
}
