package com.harufilm.domain.video;

/** Where a video is on its way from upload to playable HLS. */
public enum VideoStatus {
    PENDING,
    ENCODING,
    COMPLETE,
    FAILED
}
