package com.harufilm.adapters.media.ffmpeg;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the FFmpeg encoder runs. A null binary path means "look on PATH, then use the build bundled
 * by org.bytedeco". The encode timeout stays below RabbitMQ's 30-minute consumer timeout, so a
 * stuck encode fails and is retried instead of having its channel closed under it.
 */
public record MediaSettings(
        @Nullable Path ffmpegPath, @Nullable Path ffprobePath, Duration maxDuration, Duration encodeTimeout,
        String x264Preset) {

    public static final Duration DEFAULT_MAX_DURATION = Duration.ofMinutes(3);
    public static final Duration DEFAULT_ENCODE_TIMEOUT = Duration.ofMinutes(20);
    /** The preset measured in ../shared/toolchain.md: ~0.9x realtime for a 1080p ladder on 2 cores. */
    public static final String DEFAULT_PRESET = "veryfast";

    public MediaSettings {
        Objects.requireNonNull(maxDuration, "maxDuration");
        Objects.requireNonNull(encodeTimeout, "encodeTimeout");
        if (maxDuration.isNegative() || maxDuration.isZero() || encodeTimeout.isNegative() || encodeTimeout.isZero()) {
            throw new IllegalArgumentException("maxDuration and encodeTimeout must be positive");
        }
        if (x264Preset.isBlank()) {
            throw new IllegalArgumentException("x264Preset must name a preset, e.g. veryfast");
        }
    }

    /** Binaries found on PATH or bundled, 3-minute videos, 20-minute encodes, preset veryfast. */
    public static MediaSettings defaults() {
        return new MediaSettings(null, null, DEFAULT_MAX_DURATION, DEFAULT_ENCODE_TIMEOUT, DEFAULT_PRESET);
    }
}
