package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.error.VideoAlreadyExists;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoStatus;
import com.harufilm.domain.video.VideoTimestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What VideoRepository promises, run against every database the product supports. */
abstract class VideoRepositoryContract extends PersistenceContract {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    VideoRepository videos() {
        return adapters.videos();
    }

    Video pending(UserId user, LocalDate day) {
        String prefix = unique("users/" + user + "/videos/") + "/";
        return videos().insertPending(user, day, prefix + "source", prefix, NOW);
    }

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
        assertEquals(1, count("SELECT COUNT(*) FROM videos WHERE id = ? AND memory_ordinal IS NULL", video.id().value()));
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
        assertEquals(1, count("SELECT COUNT(*) FROM videos WHERE user_id = ?", user.value()));
    }

    @Test
    void aRefusedVideoInsideATransactionLeavesNothingBehind() {
        UserId user = newUser().id();

        assertThrows(VideoAlreadyExists.class, () -> adapters.transactions().run(() -> {
            pending(user, DAY);
            pending(user, DAY);
        }));

        assertEquals(Optional.empty(), videos().findByDate(user, DAY));
    }

    @Test
    void deletingAVideoTakesItsTimestampsAlong() {
        Video video = pending(newUser().id(), DAY);
        videos().addTimestamps(video.id(), List.of(new VideoTimestamp(1.5, "웃음"), new VideoTimestamp(12, "sunset")), NOW);
        videos().addTimestamps(video.id(), List.of(), NOW);
        assertEquals(List.of("1.5 웃음", "12.0 sunset"), timestamps(video.id()));

        videos().delete(video.id());

        assertEquals(Optional.empty(), videos().findById(video.id()));
        assertEquals(0, count("SELECT COUNT(*) FROM video_timestamps WHERE video_id = ?", video.id().value()));
    }

    List<String> timestamps(VideoId id) {
        return adapters.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT offset_sec, label FROM video_timestamps WHERE video_id = ? ORDER BY offset_sec")
                .bind(0, id.value()).map((rs, ctx) -> rs.getDouble("offset_sec") + " " + rs.getString("label")).list());
    }
}
