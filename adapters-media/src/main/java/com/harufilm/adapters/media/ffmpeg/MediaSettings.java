package com.harufilm.adapters.media.ffmpeg;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the FFmpeg encoder runs and what it takes. A null binary path means "look on PATH, then use
 * the build bundled by org.bytedeco". The encode timeout grows with the clip's length up to
 * {@code maxEncodeTimeout}, which stays below RabbitMQ's 30-minute consumer timeout, so a stuck
 * encode fails and is retried instead of having its channel closed under it.
 */
public record MediaSettings(
        @Nullable Path ffmpegPath, @Nullable Path ffprobePath, Duration maxDuration, Duration maxEncodeTimeout,
        String x264Preset, long maxPixels, int maxFrameRate) {

    public static final Duration DEFAULT_MAX_DURATION = Duration.ofMinutes(3);
    public static final Duration DEFAULT_ENCODE_TIMEOUT = Duration.ofMinutes(20);
    /** The preset measured in ../shared/toolchain.md: ~0.9x realtime for a 1080p ladder on 2 cores. */
    public static final String DEFAULT_PRESET = "veryfast";
    /** 8K: 7680x4320 pixels a frame. */
    public static final long DEFAULT_MAX_PIXELS = 7680L * 4320;
    /** Phones' slow motion records 240 frames a second. */
    public static final int DEFAULT_MAX_FRAME_RATE = 240;

    /** Phones stop a little past the limit they show; half a second of slack keeps a "3:00" clip in. */
    private static final double SLACK_SEC = 0.5;
    /** Starting FFmpeg, probing and the thumbnail, whatever the clip's length. */
    private static final Duration TIMEOUT_BASE = Duration.ofMinutes(2);
    /**
     * Seconds of encoding allowed per second of video: the ladder runs at about 1x realtime on 2
     * cores, real phone footage costs twice the test clip and 4K sources 1.45 times (toolchain.md).
     */
    private static final int TIMEOUT_PER_SECOND = 5;

    public MediaSettings {
        Objects.requireNonNull(maxDuration, "maxDuration");
        Objects.requireNonNull(maxEncodeTimeout, "maxEncodeTimeout");
        if (maxDuration.isNegative() || maxDuration.isZero() || maxEncodeTimeout.isNegative() || maxEncodeTimeout.isZero()) {
            throw new IllegalArgumentException("maxDuration and maxEncodeTimeout must be positive");
        }
        if (x264Preset.isBlank()) {
            throw new IllegalArgumentException("x264Preset must name a preset, e.g. veryfast");
        }
        if (maxPixels < 1 || maxFrameRate < 1) {
            throw new IllegalArgumentException("maxPixels and maxFrameRate must be positive");
        }
    }

    /** Binaries found on PATH or bundled, 3-minute videos up to 8K and 240 fps, encodes of at most 20 minutes, preset veryfast. */
    public static MediaSettings defaults() {
        return new MediaSettings(null, null, DEFAULT_MAX_DURATION, DEFAULT_ENCODE_TIMEOUT, DEFAULT_PRESET, DEFAULT_MAX_PIXELS,
                DEFAULT_MAX_FRAME_RATE);
    }

    /** The same settings with another x264 preset. */
    MediaSettings withPreset(String preset) {
        return new MediaSettings(ffmpegPath, ffprobePath, maxDuration, maxEncodeTimeout, preset, maxPixels, maxFrameRate);
    }

    /** The longest clip taken, slack included; FFmpeg also stops reading there, whatever the container claims. */
    double acceptedSeconds() {
        return maxDuration.toMillis() / 1000.0 + SLACK_SEC;
    }

    /** How long FFmpeg may take for the ladder of a clip of {@code durationSec}. */
    Duration encodeTimeoutFor(double durationSec) {
        long millis = Math.round(Math.min(durationSec, acceptedSeconds()) * 1000) * TIMEOUT_PER_SECOND;
        Duration scaled = TIMEOUT_BASE.plusMillis(millis);
        return scaled.compareTo(maxEncodeTimeout) < 0 ? scaled : maxEncodeTimeout;
    }
}
