/** The FFmpeg media encoder: ffprobe for what a file holds, one ffmpeg run for the whole HLS ladder. */
@NullMarked
package com.harufilm.adapters.media.ffmpeg;

import org.jspecify.annotations.NullMarked;
