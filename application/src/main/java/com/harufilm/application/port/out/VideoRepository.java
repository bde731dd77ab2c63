package com.harufilm.application.port.out;

import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoTimestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where videos and their timestamps are kept. */
public interface VideoRepository {

    Optional<Video> findById(VideoId id);

    /** The user's video of that day, whatever its status. */
    Optional<Video> findByDate(UserId userId, LocalDate uploadDate);

    /** Records a PENDING video; throws VideoAlreadyExists when the day already has one (a concurrent upload won). */
    Video insertPending(UserId userId, LocalDate uploadDate, String sourceKey, String outputPrefix, Instant now);

    void addTimestamps(VideoId videoId, List<VideoTimestamp> timestamps, Instant now);

    /** Removes the video with its timestamps and renditions. */
    void delete(VideoId id);

    /** PENDING becomes ENCODING (progress 0); false when the video is no longer PENDING or ENCODING. */
    boolean markEncoding(VideoId id, Instant now);

    /** Records progress of an ENCODING video; ignored in any other state, and never moving backwards. */
    void updateProgress(VideoId id, double fraction, Instant now);

    /** PENDING or ENCODING becomes COMPLETE with its metadata and renditions; false when it was not (a repeated report). */
    boolean markComplete(VideoId id, EncodedVideo result, Instant now);

    /** PENDING or ENCODING becomes FAILED with a reason a user understands; false when it was not. */
    boolean markFailed(VideoId id, String reason, Instant now);

    /** The video with its encoding state, metadata and renditions; timestamps come separately ({@link #timestampsOf}). */
    Optional<VideoDetails> details(VideoId id);

    /** The user's videos with {@code from <= uploadDate < until}, by date: one range scan of (user, date). */
    List<Video> findBetween(UserId userId, LocalDate from, LocalDate until);

    /** How many COMPLETE videos the user has: their memory ordinals are exactly 1..n. */
    int completeCount(UserId userId);

    /** The user's COMPLETE videos holding these memory ordinals (one indexed lookup each), without timestamps. */
    List<VideoDetails> detailsByOrdinals(UserId userId, List<Integer> ordinals);

    /** The user's COMPLETE videos of these dates, without timestamps. */
    List<VideoDetails> completeOn(UserId userId, List<LocalDate> dates);

    /** The timestamps of these videos, in one query, by offset. */
    Map<VideoId, List<VideoDetails.StoredTimestamp>> timestampsOf(List<VideoId> videoIds);

    VideoDetails.StoredTimestamp addTimestamp(VideoId videoId, VideoTimestamp timestamp, Instant now);

    /** False when the video has no such timestamp. */
    boolean deleteTimestamp(VideoId videoId, long timestampId);
}
