package com.harufilm.domain.video;

import com.harufilm.domain.user.UserId;

/** Work for the encoder: turn the source object into HLS renditions and a thumbnail under the output prefix. */
public record EncodingJob(VideoId videoId, UserId userId, String sourceKey, String outputPrefix) {
}
