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

/**
 * Where videos and their timestamps are kept. What a user's request reads or changes names the
 * owner, and the owner is part of the query: another user's id finds and changes nothing, beside
 * the use cases' own check.
 */
public interface VideoRepository {

    /** Any user's video: for the encoding reports and the upload that made it, which act for no request. */
    Optional<Video> findById(VideoId id);

    /** The video if {@code owner} has it. */
    Optional<Video> findById(UserId owner, VideoId id);

    /** The user's video of that day, whatever its status. */
    Optional<Video> findByDate(UserId userId, LocalDate uploadDate);

    /** Records a PENDING video; throws VideoAlreadyExists when the day already has one (a concurrent upload won). */
    Video insertPending(UserId userId, LocalDate uploadDate, String sourceKey, String outputPrefix, Instant now);

    void addTimestamps(VideoId videoId, List<VideoTimestamp> timestamps, Instant now);

    /** Removes the owner's video with its timestamps and renditions; another user's is left alone. */
    void delete(UserId owner, VideoId id);

    /** PENDING becomes ENCODING (progress 0); false when the video is no longer PENDING or ENCODING. */
    boolean markEncoding(VideoId id, Instant now);

    /** Records progress of an ENCODING video; ignored in any other state, and never moving backwards. */
    void updateProgress(VideoId id, double fraction, Instant now);

    /** PENDING or ENCODING becomes COMPLETE with its metadata and renditions; false when it was not (a repeated report). */
    boolean markComplete(VideoId id, EncodedVideo result, Instant now);

    /** PENDING or ENCODING becomes FAILED with a reason a user understands; false when it was not. */
    boolean markFailed(VideoId id, String reason, Instant now);

    /** Any user's video with its state and renditions, for the signed playback link (the signature is the authority). */
    Optional<VideoDetails> details(VideoId id);

    /** The owner's video with its encoding state, metadata and renditions; timestamps come separately ({@link #timestampsOf}). */
    Optional<VideoDetails> details(UserId owner, VideoId id);

    /** The user's videos with {@code from <= uploadDate < until}, by date: one range scan of (user, date). */
    List<Video> findBetween(UserId userId, LocalDate from, LocalDate until);

    /** How many COMPLETE videos the user has: their memory ordinals are exactly 1..n. */
    int completeCount(UserId userId);

    /** The user's COMPLETE videos holding these memory ordinals (one indexed lookup each), without timestamps. */
    List<VideoDetails> detailsByOrdinals(UserId userId, List<Integer> ordinals);

    /** The user's COMPLETE videos of these dates, without timestamps. */
    List<VideoDetails> completeOn(UserId userId, List<LocalDate> dates);

    /** The timestamps of those of these videos the owner has, in one query, by offset. */
    Map<VideoId, List<VideoDetails.StoredTimestamp>> timestampsOf(UserId owner, List<VideoId> videoIds);

    /** Empty when the owner has no such video. */
    Optional<VideoDetails.StoredTimestamp> addTimestamp(UserId owner, VideoId videoId, VideoTimestamp timestamp, Instant now);

    /** False when the owner's video has no such timestamp. */
    boolean deleteTimestamp(UserId owner, VideoId videoId, long timestampId);
}
