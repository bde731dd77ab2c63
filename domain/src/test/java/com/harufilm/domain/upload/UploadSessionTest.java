package com.harufilm.domain.upload;

import static com.harufilm.domain.upload.UploadState.ABORTED;
import static com.harufilm.domain.upload.UploadState.ACTIVE;
import static com.harufilm.domain.upload.UploadState.COMPLETED;
import static com.harufilm.domain.upload.UploadState.EXPIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UploadSessionTest {

    private static final Instant EXPIRES = Instant.parse("2026-05-01T12:00:00Z");

    @Test
    void onlyAnActiveSessionMovesAndOnlyToAnEnd() {
        for (UploadState from : UploadState.values()) {
            EnumSet<UploadState> targets = EnumSet.noneOf(UploadState.class);
            for (UploadState next : UploadState.values()) {
                if (from.canMoveTo(next)) {
                    targets.add(next);
                }
            }
            assertEquals(from == ACTIVE ? EnumSet.of(COMPLETED, ABORTED, EXPIRED) : EnumSet.noneOf(UploadState.class), targets, from.name());
        }
    }

    @Test
    void anActiveSessionIsOpenUntilItExpires() {
        UploadSession session = session(ACTIVE);

        assertTrue(session.isOpenAt(EXPIRES.minusMillis(1)));
        assertFalse(session.isOpenAt(EXPIRES), "the expiry instant itself is past");
        assertFalse(session.isOverdueAt(EXPIRES.minusMillis(1)));
        assertTrue(session.isOverdueAt(EXPIRES));
    }

    @Test
    void anEndedSessionIsNeitherOpenNorOverdue() {
        for (UploadState ended : EnumSet.of(COMPLETED, ABORTED, EXPIRED)) {
            assertFalse(session(ended).isOpenAt(EXPIRES.minusSeconds(60)), ended.name());
            assertFalse(session(ended).isOverdueAt(EXPIRES.plusSeconds(60)), ended.name());
        }
    }

    @Test
    void movingKeepsTheSessionAndNamesTheVideoItBecame() {
        UploadSession completed = session(ACTIVE).movedTo(COMPLETED, new VideoId(9));

        assertEquals(COMPLETED, completed.state());
        assertEquals(new VideoId(9), completed.videoId());
        assertNull(session(ACTIVE).movedTo(ABORTED, null).videoId());
        assertThrows(IllegalStateException.class, () -> completed.movedTo(ABORTED, null));
    }

    @Test
    void aSessionIsOwnedByItsUserAlone() {
        assertTrue(session(ACTIVE).ownedBy(new UserId(7)));
        assertFalse(session(ACTIVE).ownedBy(new UserId(8)));
    }

    private static UploadSession session(UploadState state) {
        return new UploadSession(new UploadId(1), new UserId(7), LocalDate.of(2026, 5, 1), "store-1", "users/7/videos/x/source",
                "day.mp4", "video/mp4", PartPlan.of(10L * PartPlan.MiB, null, 5 * PartPlan.MiB), state, null,
                EXPIRES.minusSeconds(3600), EXPIRES);
    }
}
