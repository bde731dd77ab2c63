package com.harufilm.application.upload;

import java.time.Duration;

/**
 * Limits of uploads: the largest file, the default part size, how long a session and a part URL
 * live, how many sessions one user may hold open, and how many timestamps a video may carry.
 */
public record UploadSettings(long maxFileSize, int defaultPartSize, Duration sessionLifetime, Duration partUrlLifetime,
                             int maxOpenSessions, int maxTimestampsPerVideo) {
}
