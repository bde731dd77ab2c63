package com.harufilm.adapters.media.ffmpeg;

/**
 * One rendition to write: its folder name (the short side, "720p" for both 1280x720 and 720x1280),
 * its picture size and its target video bit rate.
 */
record Rung(String name, int width, int height, int videoKbps) {
}
