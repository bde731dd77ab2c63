package com.harufilm.bootstrap.api;

import java.time.Duration;

/** How long playback links live, and after how long an unfinished video counts as stuck. */
public record EncodingSettings(Duration playbackLinkLifetime, Duration stuckAfter) {
}
