package com.harufilm.application.port.out;

import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoTimestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
}
