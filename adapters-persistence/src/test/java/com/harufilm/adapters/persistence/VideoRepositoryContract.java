package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import com.harufilm.application.contract.VideoContract;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.error.VideoAlreadyExists;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoDetails.StoredTimestamp;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoStatus;
import com.harufilm.domain.video.VideoTimestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What VideoRepository promises, run against every database the product supports. */
abstract class VideoRepositoryContract extends VideoContract<JdbiPorts> {

    static final Instant LATER = NOW.plus(Duration.ofMinutes(5));

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
        assertEquals(1, ports.count("SELECT COUNT(*) FROM videos WHERE id = ? AND memory_ordinal IS NULL", video.id().value()));
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
        assertEquals(1, ports.count("SELECT COUNT(*) FROM videos WHERE user_id = ?", user.value()));
    }

    @Test
    void aRefusedVideoInsideATransactionLeavesNothingBehind() {
        UserId user = newUser().id();

        assertThrows(VideoAlreadyExists.class, () -> ports.adapters.transactions().run(() -> {
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

        videos().delete(video.userId(), video.id());

        assertEquals(Optional.empty(), videos().findById(video.id()));
        assertEquals(0, ports.count("SELECT COUNT(*) FROM video_timestamps WHERE video_id = ?", video.id().value()));
    }

    @Test
    void startingAnEncodeSetsProgressToZeroAndARedeliveredJobStartsItOver() {
        Video video = pending(newUser().id(), DAY);

        assertTrue(videos().markEncoding(video.id(), NOW));
        videos().updateProgress(video.id(), 0.6, NOW);
        assertTrue(videos().markEncoding(video.id(), LATER));

        VideoDetails details = details(video);
        assertEquals(VideoStatus.ENCODING, details.video().status());
        assertEquals(0.0, details.encodingProgress());
        assertSameSecond(LATER, statusChangedAt(video));
    }

    @Test
    void progressCountsOnlyWhileEncodingAndNeverMovesBackwards() {
        Video video = pending(newUser().id(), DAY);
        videos().updateProgress(video.id(), 0.2, NOW);
        assertEquals(null, details(video).encodingProgress());
        videos().markEncoding(video.id(), NOW);

        videos().updateProgress(video.id(), 0.5, LATER);
        videos().updateProgress(video.id(), 0.3, LATER);
        assertEquals(0.5, details(video).encodingProgress());
        videos().updateProgress(video.id(), 0.75, LATER);
        assertEquals(0.75, details(video).encodingProgress());
        // Progress is no status change: the stuck-job sweep still sees when encoding started.
        assertSameSecond(NOW, statusChangedAt(video));

        videos().markComplete(video.id(), encoded(video, 30), LATER);
        videos().updateProgress(video.id(), 0.9, LATER);
        assertEquals(null, details(video).encodingProgress());
    }

    @Test
    void completingRecordsTheMetadataAndRenditionsOnce() {
        Video video = pending(newUser().id(), DAY);
        videos().markEncoding(video.id(), NOW);

        assertTrue(videos().markComplete(video.id(), encoded(video, 42.5), LATER));
        assertFalse(videos().markComplete(video.id(), new EncodedVideo(1, 2, 2, List.of()), LATER.plusSeconds(60)));

        VideoDetails details = details(video);
        assertEquals(VideoStatus.COMPLETE, details.video().status());
        assertEquals(List.of(42.5, 1080, 1920), List.of(details.durationSec(), details.width(), details.height()));
        assertEquals(null, details.encodingProgress());
        assertEquals(List.of(encoded(video, 0).renditions().get(1), encoded(video, 0).renditions().get(0)), details.renditions());
        assertSameSecond(LATER, statusChangedAt(video));
        assertEquals(details.thumbnailKey(), ports.adapters.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT thumbnail_key FROM videos WHERE id = ?").bind(0, video.id().value()).mapTo(String.class).one()));
        assertEquals(List.of(1), ordinals(video.userId()));
    }

    @Test
    void aFailedVideoKeepsItsReasonAndFinishedVideosTakeNoFurtherReports() {
        Video failed = pending(newUser().id(), DAY);
        Video complete = pending(failed.userId(), DAY.plusDays(1));
        videos().markComplete(complete.id(), encoded(complete, 10), NOW);

        assertTrue(videos().markFailed(failed.id(), "the file is not a video we can read", NOW));
        assertFalse(videos().markFailed(complete.id(), "too late", LATER));
        assertFalse(videos().markComplete(failed.id(), encoded(failed, 10), LATER));
        assertFalse(videos().markEncoding(failed.id(), LATER));
        assertFalse(videos().markEncoding(complete.id(), LATER));

        VideoDetails failedDetails = details(failed);
        assertEquals(VideoStatus.FAILED, failedDetails.video().status());
        assertEquals("the file is not a video we can read", failedDetails.failureReason());
        assertEquals(List.of(), failedDetails.renditions());
        assertEquals(VideoStatus.COMPLETE, details(complete).video().status());
        assertEquals(null, details(complete).failureReason());
        assertEquals(List.of(1), ordinals(failed.userId()));
    }

    @Test
    void aCompleteInsideAFailedTransactionLeavesTheVideoEncoding() {
        Video video = pending(newUser().id(), DAY);
        videos().markEncoding(video.id(), NOW);

        assertThrows(IllegalStateException.class, () -> ports.adapters.transactions().run(() -> {
            videos().markComplete(video.id(), encoded(video, 10), LATER);
            throw new IllegalStateException("the report's transaction fails after the complete");
        }));

        assertEquals(VideoStatus.ENCODING, details(video).video().status());
        assertEquals(List.of(), details(video).renditions());
        assertEquals(List.of(), ordinals(video.userId()));
    }

    @Test
    void detailsLeaveTimestampsToTheirOwnQueryWhichListsThemByOffset() {
        Video video = pending(newUser().id(), DAY);
        videos().addTimestamps(video.id(), List.of(new VideoTimestamp(12, "sunset"), new VideoTimestamp(1.5, "웃음")), NOW);

        VideoDetails details = details(video);
        List<StoredTimestamp> stamps = videos().timestampsOf(video.userId(), List.of(video.id())).get(video.id());

        assertEquals(video, details.video());
        assertEquals(List.of(), details.timestamps(), "loaded apart, so a failure there cannot lose the video");
        assertEquals(List.of("1.5 웃음", "12.0 sunset"), stamps.stream().map(stamp -> stamp.offsetSec() + " " + stamp.label()).toList());
        assertTrue(stamps.stream().mapToLong(StoredTimestamp::id).allMatch(id -> id > 0));
        assertEquals(List.of(), details.renditions());
        assertEquals(Optional.empty(), videos().details(new VideoId(Long.MAX_VALUE)));
    }

    @Test
    void memoryOrdinalsStayDenseAcrossCompletesAndDeletes() {
        UserId user = newUser().id();
        UserId other = newUser().id();
        List<Video> days = List.of(0, 1, 2, 3, 4).stream().map(day -> pending(user, DAY.plusDays(day))).toList();
        Video othersVideo = pending(other, DAY);
        videos().markComplete(othersVideo.id(), encoded(othersVideo, 5), NOW);
        days.subList(0, 4).forEach(video -> videos().markComplete(video.id(), encoded(video, 5), NOW));
        assertEquals(List.of(1, 2, 3, 4), ordinals(user));

        videos().delete(user, days.get(1).id());
        assertEquals(List.of(1, 2, 3), ordinals(user));
        assertEquals(2, ordinalOf(days.get(3)));
        videos().delete(user, days.get(2).id());
        videos().delete(user, days.get(4).id());
        assertEquals(List.of(1, 2), ordinals(user));
        Video late = pending(user, DAY.plusDays(9));
        videos().markComplete(late.id(), encoded(late, 5), NOW);
        videos().delete(user, days.get(0).id());

        assertEquals(List.of(1, 2), ordinals(user));
        assertEquals(1, ordinalOf(late));
        assertEquals(List.of(1), ordinals(other));
    }

    VideoDetails details(Video video) {
        return videos().details(video.id()).orElseThrow();
    }

    Instant statusChangedAt(Video video) {
        return ports.adapters.jdbi().withHandle(handle -> handle.createQuery("SELECT status_changed_at FROM videos WHERE id = ?")
                .bind(0, video.id().value()).mapTo(Instant.class).one());
    }

    int ordinalOf(Video video) {
        return (int) ports.count("SELECT memory_ordinal FROM videos WHERE id = ?", video.id().value());
    }

    /** The user's memory ordinals in order, after checking users.complete_videos counts them. */
    List<Integer> ordinals(UserId user) {
        List<Integer> ordinals = ports.adapters.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT memory_ordinal FROM videos WHERE user_id = ? AND status = 'COMPLETE' ORDER BY memory_ordinal")
                .bind(0, user.value()).mapTo(Integer.class).list());
        assertEquals(ordinals.size(), ports.count("SELECT complete_videos FROM users WHERE id = ?", user.value()));
        assertEquals(0, ports.count("SELECT COUNT(*) FROM videos WHERE user_id = ? AND status <> 'COMPLETE' AND memory_ordinal IS NOT NULL",
                user.value()));
        return ordinals;
    }

    List<String> timestamps(VideoId id) {
        return ports.adapters.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT offset_sec, label FROM video_timestamps WHERE video_id = ? ORDER BY offset_sec")
                .bind(0, id.value()).map((rs, ctx) -> rs.getDouble("offset_sec") + " " + rs.getString("label")).list());
    }
}
