package com.harufilm.domain.video;

import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;

/** A day's video: its source object, where its encoded outputs go, and how far encoding got. */
public record Video(
        VideoId id, UserId userId, LocalDate uploadDate, VideoStatus status, String sourceKey, String outputPrefix, Instant createdAt) {
}
