package com.harufilm.application.upload;

import com.harufilm.domain.video.Video;

/** The video a completed upload became. */
public record CompletedUpload(Video video) {
}
