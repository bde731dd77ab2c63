package com.harufilm.domain.video;

import java.util.List;

/**
 * The result of encoding: metadata, the renditions, and the thumbnail. The master playlist and
 * thumbnail live where {@link ObjectKeys} says for the video's folder.
 */
public record EncodedVideo(double durationSec, int width, int height, List<Rendition> renditions) {

    public EncodedVideo {
        renditions = List.copyOf(renditions);
    }
}
