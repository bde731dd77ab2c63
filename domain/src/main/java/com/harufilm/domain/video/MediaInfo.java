package com.harufilm.domain.video;

/**
 * What probing a source found: duration, the picture size as displayed (after the phone's
 * rotation), the rotation itself, and whether there is sound.
 */
public record MediaInfo(double durationSec, int width, int height, int rotation, boolean hasAudio) {
}
