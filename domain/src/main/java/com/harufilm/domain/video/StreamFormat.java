package com.harufilm.domain.video;

import java.util.Set;

/**
 * How a source's streams are coded, as the probe read them: enough to tell whether its picture
 * and sound can be served as they are. Codec names and profiles are FFmpeg's; {@code level} is
 * H.264's times ten (40 is 4.0); {@code bitRate} is bits a second, 0 when unknown; {@code
 * audioCodec} is empty when there is no sound; {@code dynamicRange} is SDR unless the stream says
 * HLG or PQ.
 */
public record StreamFormat(String videoCodec, String profile, String pixelFormat, int level, long bitRate, String audioCodec,
        DynamicRange dynamicRange) {

    /** Nothing known: never served as it is. */
    public static final StreamFormat UNKNOWN = new StreamFormat("", "", "", 0, 0, "", DynamicRange.SDR);

    // What every HLS player decodes in hardware: 8-bit 4:2:0 H.264 in these profiles (yuvj420p is
    // the full-range spelling some phones write), up to level 5.1 (4K at 30 fps).
    private static final Set<String> PLAYABLE_PROFILES = Set.of("Constrained Baseline", "Baseline", "Main", "High");
    private static final Set<String> PLAYABLE_PIXELS = Set.of("yuv420p", "yuvj420p");
    private static final int MAX_LEVEL = 51;
    // Phones record 1080p at 12-20 Mb/s and 4K at 35-50 Mb/s: above 25 the first rendition would
    // stall on the mobile networks it is watched on, so such a source waits for the ladder.
    private static final long MAX_BIT_RATE = 25_000_000;

    /** A standard phone stream: SDR H.264 8-bit 4:2:0 at a level and bit rate players handle, AAC or no sound. */
    public boolean playsAsIs() {
        return "h264".equals(videoCodec) && !dynamicRange.isHdr() && PLAYABLE_PROFILES.contains(profile) && PLAYABLE_PIXELS.contains(pixelFormat)
                && level > 0 && level <= MAX_LEVEL && bitRate > 0 && bitRate <= MAX_BIT_RATE
                && (audioCodec.isEmpty() || "aac".equals(audioCodec));
    }
}
