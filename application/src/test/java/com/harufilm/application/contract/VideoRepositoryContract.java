package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.error.VideoAlreadyExists;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What VideoRepository promises: one video a user and day, found by id and by day, numbered for memories only once COMPLETE. */
public abstract class VideoRepositoryContract<P extends ContractPorts> extends VideoContract<P> {

    @Test
    void aPendingVideoIsFoundByIdAndByItsDay() {
        UserId user = newUser().id();
        String prefix = unique("users/" + user + "/videos/") + "/";

        Video video = videos().insertPending(user, DAY, prefix + "source", prefix, NOW);

        assertEquals(new Video(video.id(), user, DAY, VideoStatus.PENDING, prefix + "source", prefix, video.createdAt()), video);
        assertSameSecond(NOW, video.createdAt());
        assertEquals(Optional.of(video), videos().findById(video.id()));
        assertEquals(Optional.of(video), videos().findByDate(user, DAY));
        // Only COMPLETE videos are numbered for the memories draw.
        assertEquals(List.of(), ports.videoRecords().memoryOrdinals(user));
    }

    @Test
    void noVideoIsFoundWhereNoneWasRecorded() {
        UserId user = newUser().id();
        pending(user, DAY);

        assertEquals(Optional.empty(), videos().findById(new VideoId(Long.MAX_VALUE)));
        assertEquals(Optional.empty(), videos().findByDate(user, DAY.plusDays(1)));
        assertEquals(Optional.empty(), videos().findByDate(newUser().id(), DAY));
    }

    @Test
    void aSecondVideoOnTheSameDayIsRefusedAndTheFirstStays() {
        UserId user = newUser().id();
        Video first = pending(user, DAY);

        var refused = assertThrows(VideoAlreadyExists.class, () -> pending(user, DAY));

        assertEquals(ErrorCode.VIDEO_ALREADY_EXISTS, refused.code());
        assertEquals(Optional.of(first), videos().findByDate(user, DAY));
        assertEquals(List.of(first), videos().findBetween(user, DAY.minusYears(1), DAY.plusYears(1)));
    }

    @Test
    void aDeletedVideoIsGoneAndItsDayMayBeFilmedAgain() {
        Video video = pending(newUser().id(), DAY);

        videos().delete(video.userId(), video.id());

        assertEquals(Optional.empty(), videos().findById(video.id()));
        assertEquals(Optional.empty(), videos().findByDate(video.userId(), DAY));
        assertEquals(DAY, pending(video.userId(), DAY).uploadDate());
    }

    @Test
    void memoryOrdinalsStayDenseAcrossCompletesAndDeletes() {
        UserId user = newUser().id();
        UserId other = newUser().id();
        List<Video> days = List.of(0, 1, 2, 3, 4).stream().map(day -> pending(user, DAY.plusDays(day))).toList();
        Video othersVideo = pending(other, DAY);
        encodingState().markComplete(othersVideo.id(), encoded(othersVideo, 5), NOW);
        days.subList(0, 4).forEach(video -> encodingState().markComplete(video.id(), encoded(video, 5), NOW));
        assertEquals(List.of(1, 2, 3, 4), ordinals(user));

        videos().delete(user, days.get(1).id());
        assertEquals(List.of(1, 2, 3), ordinals(user));
        assertEquals(2, ports.videoRecords().memoryOrdinalOf(days.get(3).id()));
        videos().delete(user, days.get(2).id());
        videos().delete(user, days.get(4).id());
        assertEquals(List.of(1, 2), ordinals(user));
        Video late = pending(user, DAY.plusDays(9));
        encodingState().markComplete(late.id(), encoded(late, 5), NOW);
        videos().delete(user, days.get(0).id());

        assertEquals(List.of(1, 2), ordinals(user));
        assertEquals(1, ports.videoRecords().memoryOrdinalOf(late.id()));
        assertEquals(List.of(1), ordinals(other));
    }

    protected List<Integer> ordinals(UserId user) {
        return ports.videoRecords().memoryOrdinals(user);
    }
}
