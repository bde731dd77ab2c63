package com.harufilm.domain.video;

/**
 * What probing a source found: duration, the picture size as displayed (after the phone's
 * rotation), the rotation itself, whether there is sound, and how its streams are coded.
 */
public record MediaInfo(double durationSec, int width, int height, int rotation, boolean hasAudio, StreamFormat format) {

    /**
     * Whether the source can be published as it is, before any encoding: a standard phone stream
     * stored upright. HLS's MPEG-TS segments carry no rotation, so a clip stored sideways (most
     * portrait phone video) would play sideways; it takes the encoded path, which turns it.
     */
    public boolean playsAsIs() {
        return rotation == 0 && format.playsAsIs();
    }
}
