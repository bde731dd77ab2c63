package com.harufilm.adapters.web;

import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.video.VideoId;

/** Video ids from paths: opaque to clients, so one that cannot be ours is simply not found. */
public final class VideoIds {

    private VideoIds() {
    }

    public static VideoId parse(String text) {
        try {
            return new VideoId(Long.parseLong(text));
        } catch (IllegalArgumentException e) {
            throw new VideoNotFound("video " + text + " not found");
        }
    }
}
