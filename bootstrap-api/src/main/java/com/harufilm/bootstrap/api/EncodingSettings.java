package com.harufilm.bootstrap.api;

import java.time.Duration;

/**
 * How long playback links live, after how long without a report from its worker an unfinished
 * video counts as stuck, and how many attempts a video gets before it is FAILED.
 */
public record EncodingSettings(Duration playbackLinkLifetime, Duration stuckAfter, int maxEncodeAttempts) {
}
