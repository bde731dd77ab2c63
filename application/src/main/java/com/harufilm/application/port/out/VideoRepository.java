package com.harufilm.application.port.out;

import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A video's own row, one a user and day; its encoding state, detailed reads and timestamps are
 * ports of their own (VideoEncodingState, DiaryReads, VideoTimestamps). What a user's request
 * reads or changes names the owner, and the owner is part of the query: another user's id finds
 * and changes nothing, beside the use cases' own check.
 */
public interface VideoRepository {

    /** Any user's video: for the encoding reports and the upload that made it, which act for no request. */
    Optional<Video> findById(VideoId id);

    /** The video if {@code owner} has it. */
    Optional<Video> findById(UserId owner, VideoId id);

    /** The user's video of that day, whatever its status. */
    Optional<Video> findByDate(UserId userId, LocalDate uploadDate);

    /** The user's videos with {@code from <= uploadDate < until}, by date: one range scan of (user, date). */
    List<Video> findBetween(UserId userId, LocalDate from, LocalDate until);

    /** Records a PENDING video; throws VideoAlreadyExists when the day already has one (a concurrent upload won). */
    Video insertPending(UserId userId, LocalDate uploadDate, String sourceKey, String outputPrefix, Instant now);

    /** Removes the owner's video with its timestamps and renditions; another user's is left alone. */
    void delete(UserId owner, VideoId id);
}
