package com.harufilm.domain.video;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MediaInfoTest {

    private static final StreamFormat PHONE = new StreamFormat("h264", "High", "yuv420p", 40, 12_000_000, "aac", DynamicRange.SDR);

    private static MediaInfo upright(StreamFormat format) {
        return new MediaInfo(30, 1080, 1920, 0, !format.audioCodec().isEmpty(), format);
    }

    @Test
    void aStandardPhoneStreamStoredUprightPlaysAsIs() {
        assertTrue(upright(PHONE).playsAsIs());
        assertTrue(upright(new StreamFormat("h264", "Constrained Baseline", "yuvj420p", 31, 4_000_000, "", DynamicRange.SDR)).playsAsIs(), "no sound");
        assertTrue(upright(new StreamFormat("h264", "Main", "yuv420p", 51, 25_000_000, "aac", DynamicRange.SDR)).playsAsIs(), "at the limits");
    }

    @Test
    void anythingPlayersMayNotDecodeOrASidewaysPictureWaitsForTheLadder() {
        assertFalse(new MediaInfo(30, 1080, 1920, 90, true, PHONE).playsAsIs(), "MPEG-TS carries no rotation");
        assertFalse(upright(new StreamFormat("hevc", "Main", "yuv420p", 120, 8_000_000, "aac", DynamicRange.SDR)).playsAsIs());
        assertFalse(upright(new StreamFormat("h264", "High 10", "yuv420p10le", 40, 8_000_000, "aac", DynamicRange.SDR)).playsAsIs(), "10-bit");
        assertFalse(upright(new StreamFormat("h264", "High 4:2:2", "yuv422p", 40, 8_000_000, "aac", DynamicRange.SDR)).playsAsIs());
        assertFalse(upright(new StreamFormat("h264", "High", "yuv420p", 52, 8_000_000, "aac", DynamicRange.SDR)).playsAsIs(), "level 5.2");
        assertFalse(upright(new StreamFormat("h264", "High", "yuv420p", 40, 25_000_001, "aac", DynamicRange.SDR)).playsAsIs(), "too heavy for a phone's network");
        assertFalse(upright(new StreamFormat("h264", "High", "yuv420p", 40, 0, "aac", DynamicRange.SDR)).playsAsIs(), "bit rate unknown");
        assertFalse(upright(new StreamFormat("h264", "High", "yuv420p", 40, 8_000_000, "opus", DynamicRange.SDR)).playsAsIs(), "WebM's sound");
        assertFalse(upright(new StreamFormat("h264", "High", "yuv420p", 40, 8_000_000, "aac", DynamicRange.HLG)).playsAsIs(),
                "HDR shows washed out as it is");
        assertFalse(upright(StreamFormat.UNKNOWN).playsAsIs());
    }
}
