package com.harufilm.application.diary;

import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoDetails.StoredTimestamp;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoTimestamp;
import java.time.Clock;
import java.util.List;

/**
 * Labels a moment of one of the caller's videos; once the duration is known the moment must lie
 * within it, and a video carries at most a configured number of timestamps.
 */
public final class AddTimestamp {

    private final UserRepository users;
    private final DiaryReads reads;
    private final VideoTimestamps timestamps;
    private final Transactions transactions;
    private final int maxTimestamps;
    private final Clock clock;

    public AddTimestamp(UserRepository users, DiaryReads reads, VideoTimestamps timestamps, Transactions transactions, int maxTimestamps, Clock clock) {
        this.users = users;
        this.reads = reads;
        this.timestamps = timestamps;
        this.transactions = transactions;
        this.maxTimestamps = maxTimestamps;
        this.clock = clock;
    }

    public StoredTimestamp add(UserId caller, VideoId id, VideoTimestamp timestamp) {
        return transactions.inTransaction(() -> {
            // The owner's row lock first: two adds at once count one after the other, so neither passes the limit.
            users.lock(caller).orElseThrow(() -> notFound(id));
            // One read for both the ownership check and the duration.
            VideoDetails details = reads.details(caller, id)
                    .filter(found -> found.video().ownedBy(caller))
                    .orElseThrow(() -> notFound(id));
            Double duration = details.durationSec();
            if (duration != null && timestamp.offsetSec() > duration) {
                throw new InvalidRequest("offsetSec", "offsetSec must be within the video's " + duration + " seconds");
            }
            VideoTimestamp.requireAtMost(maxTimestamps, timestamps.of(caller, List.of(id)).get(id).size() + 1);
            return timestamps.add(caller, id, timestamp, clock.instant()).orElseThrow(() -> notFound(id));
        });
    }

    private static VideoNotFound notFound(VideoId id) {
        return new VideoNotFound("video " + id + " not found");
    }
}
