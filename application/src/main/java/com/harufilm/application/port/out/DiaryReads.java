package com.harufilm.application.port.out;

import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Videos as the diary shows them: with encoding state, metadata and renditions, one at a time or
 * as memories. Timestamps come separately ({@link VideoTimestamps#of}), so a failure there cannot lose the video.
 */
public interface DiaryReads {

    /** Any user's video, for the signed playback link (the signature is the authority). */
    Optional<VideoDetails> details(VideoId id);

    /** The owner's video. */
    Optional<VideoDetails> details(UserId owner, VideoId id);

    /** How many COMPLETE videos the user has: their memory ordinals are exactly 1..n. */
    int completeCount(UserId userId);

    /** The user's COMPLETE videos holding these memory ordinals (one indexed lookup each). */
    List<VideoDetails> byOrdinals(UserId userId, List<Integer> ordinals);

    /** The user's COMPLETE videos of these dates, latest first. */
    List<VideoDetails> completeOn(UserId userId, List<LocalDate> dates);
}
