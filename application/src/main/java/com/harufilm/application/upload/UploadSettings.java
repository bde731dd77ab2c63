package com.harufilm.application.upload;

import java.time.Duration;

/** Limits of uploads: the largest file, the default part size, how long a session and a part URL live. */
public record UploadSettings(long maxFileSize, int defaultPartSize, Duration sessionLifetime, Duration partUrlLifetime) {
}
