package com.harufilm.domain.video;

/** One rung of the HLS ladder: its picture size, its peak bit rate, and where its playlist is stored. */
public record Rendition(int width, int height, int bandwidth, String playlistKey) {
}
