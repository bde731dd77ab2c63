package com.harufilm.application.diary;

import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoId;
import java.time.Clock;

/**
 * Deletes one of the caller's videos: the row and its timestamps at once, and in the same
 * transaction the request to remove its stored objects, which the sweeper carries out within a
 * minute (retrying until the store agrees). The user never sees a half-deleted video.
 */
public final class DeleteVideo {

    private final VideoRepository videos;
    private final ObjectDeletions objectDeletions;
    private final Transactions transactions;
    private final Clock clock;

    public DeleteVideo(VideoRepository videos, ObjectDeletions objectDeletions, Transactions transactions, Clock clock) {
        this.videos = videos;
        this.objectDeletions = objectDeletions;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void delete(UserId caller, VideoId id) {
        transactions.run(() -> {
            Video video = OwnedVideos.find(videos, caller, id);
            objectDeletions.enqueuePrefix(video.outputPrefix(), clock.instant());
            videos.delete(caller, video.id());
        });
    }
}
