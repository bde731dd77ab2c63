/** Media adapters: the S3 object store (and its local stand-in); FFmpeg (ffmpeg, ffprobe) and FCM live in their sub-packages. */
@NullMarked
package com.harufilm.adapters.media;

import org.jspecify.annotations.NullMarked;
