package com.harufilm.domain.video;

import static com.harufilm.domain.video.VideoStatus.COMPLETE;
import static com.harufilm.domain.video.VideoStatus.ENCODING;
import static com.harufilm.domain.video.VideoStatus.FAILED;
import static com.harufilm.domain.video.VideoStatus.PENDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VideoStatusTest {

    @Test
    void onlyPendingOrEncodingTakeReports() {
        assertEquals(EnumSet.of(PENDING, ENCODING), statuses(VideoStatus::takesReports));
    }

    @Test
    void theStateMachineMovesForwardOnlyAndEndsAtCompleteOrFailed() {
        assertEquals(EnumSet.of(ENCODING, COMPLETE, FAILED), targets(PENDING));
        assertEquals(EnumSet.of(ENCODING, COMPLETE, FAILED), targets(ENCODING), "a redelivered job encodes again");
        assertEquals(EnumSet.noneOf(VideoStatus.class), targets(COMPLETE));
        assertEquals(EnumSet.noneOf(VideoStatus.class), targets(FAILED));
    }

    @Test
    void onlyAFailedDayMayBeFilmedAgain() {
        assertEquals(EnumSet.of(FAILED), statuses(VideoStatus::allowsRefilming));
    }

    @Test
    void aVideoMovesOnlyWhereItsStatusAllows() {
        Video pending = video(PENDING);

        Video encoding = pending.movedTo(ENCODING);

        assertEquals(ENCODING, encoding.status());
        assertEquals(pending.id(), encoding.id());
        assertEquals(COMPLETE, encoding.movedTo(COMPLETE).status());
        assertThrows(IllegalStateException.class, () -> encoding.movedTo(FAILED).movedTo(ENCODING));
        assertThrows(IllegalStateException.class, () -> encoding.movedTo(PENDING));
    }

    @Test
    void aVideoIsOwnedByItsUserAlone() {
        assertTrue(video(PENDING).ownedBy(new UserId(7)));
        assertFalse(video(PENDING).ownedBy(new UserId(8)));
    }

    private static Set<VideoStatus> statuses(java.util.function.Predicate<VideoStatus> rule) {
        EnumSet<VideoStatus> holding = EnumSet.noneOf(VideoStatus.class);
        for (VideoStatus status : VideoStatus.values()) {
            if (rule.test(status)) {
                holding.add(status);
            }
        }
        return holding;
    }

    private static Set<VideoStatus> targets(VideoStatus from) {
        return statuses(from::canMoveTo);
    }

    private static Video video(VideoStatus status) {
        return new Video(new VideoId(1), new UserId(7), LocalDate.of(2026, 5, 1), status, "src", "out/", Instant.EPOCH);
    }
}
