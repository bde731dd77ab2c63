package com.harufilm.application.upload;

import static com.harufilm.application.upload.Uploads.MiB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.error.InvalidUploadPart;
import com.harufilm.domain.error.InvalidVideoFormat;
import com.harufilm.domain.error.MissingUploadData;
import com.harufilm.domain.error.TooManyUploads;
import com.harufilm.domain.error.UploadNotFound;
import com.harufilm.domain.error.VideoAlreadyExists;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.video.ObjectKeys;
import com.harufilm.domain.video.VideoStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InitiateUploadTest {

    private final Uploads uploads = new Uploads();
    private static final LocalDate NOV_28 = LocalDate.of(2026, 11, 28);

    private static InitiateUploadCommand clip(LocalDate date, long size, Integer partSize) {
        return InitiateUploadCommand.of(date, "clip.mp4", "video/mp4", size, partSize);
    }

    @Test
    void opensAnUploadWithTheDefaultPartSizeAndADayOfLife() {
        UploadTicket ticket = uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28, 40L * MiB + 1, null));

        assertEquals(8 * MiB, ticket.partSize());
        assertEquals(6, ticket.partCount());
        assertEquals(uploads.clock.instant().plus(Duration.ofHours(24)), ticket.expiresAt());
        var session = uploads.data.sessions.get(ticket.uploadId());
        assertTrue(session.objectKey().startsWith("users/" + uploads.mina.id() + "/videos/"));
        assertTrue(uploads.store.isOpen(session.storeUploadId()));
    }

    @Test
    void takesTheClientsPartSizeWithinTheLimitsAndRefusesOthers() {
        assertEquals(5 * MiB, uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28, 40L * MiB, 5 * MiB)).partSize());

        assertThrows(InvalidUploadPart.class, () -> uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28, 40L * MiB, 4 * MiB)));
        assertThrows(InvalidUploadPart.class, () -> uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28, 40L * MiB, 65 * MiB)));
    }

    @Test
    void tomorrowInTheUsersOwnZoneIsTheFuture() {
        uploads.clock.advance(Duration.ofHours(5)); // 16:00 UTC: already the 29th in Seoul, still the 28th in Los Angeles
        LocalDate nov29 = NOV_28.plusDays(1);

        uploads.initiate().initiate(uploads.mina.id(), clip(nov29, MiB, null));
        var refused = assertThrows(InvalidRequest.class, () -> uploads.initiate().initiate(uploads.jun.id(), clip(nov29, MiB, null)));

        assertEquals("uploadDate", refused.field());
    }

    @Test
    void onlyVideosOfASensibleSizeAreTaken() {
        var notVideo = InitiateUploadCommand.of(NOV_28, "a.jpg", "image/jpeg", 10L, null);

        assertThrows(InvalidVideoFormat.class, () -> uploads.initiate().initiate(uploads.mina.id(), notVideo));
        assertThrows(InvalidVideoFormat.class, () -> uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28, 0, null)));
        assertThrows(InvalidVideoFormat.class, () -> uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28, 2L * 1024 * MiB + 1, null)));
    }

    /** What MediaRecorder names its recordings: Chromium's WebM, Safari's MP4, with or without their codecs. */
    @ParameterizedTest
    @ValueSource(strings = {"video/webm", "video/webm;codecs=vp8,opus", "video/webm;codecs=vp9,opus", "video/mp4",
            "video/mp4;codecs=avc1,mp4a.40.2", "video/x-matroska;codecs=avc1,opus"})
    void theTypesBrowsersRecordAreTaken(String contentType) {
        var recording = InitiateUploadCommand.of(NOV_28, "recording", contentType, 3L * MiB, null);

        UploadTicket ticket = uploads.initiate().initiate(uploads.mina.id(), recording);

        assertEquals(contentType, uploads.data.sessions.get(ticket.uploadId()).contentType());
    }

    @Test
    void aMissingFieldIsMissingUploadData() {
        assertThrows(MissingUploadData.class, () -> InitiateUploadCommand.of(NOV_28, null, "video/mp4", 10L, null));
        assertThrows(MissingUploadData.class, () -> InitiateUploadCommand.of(null, "a.mp4", "video/mp4", 10L, null));
        assertThrows(MissingUploadData.class, () -> InitiateUploadCommand.of(NOV_28, "a.mp4", "video/mp4", null, null));
    }

    @Test
    void aDayWithAVideoIsTakenUnlessThatVideoFailed() {
        uploads.data.videos.existing(uploads.mina.id(), NOV_28, VideoStatus.ENCODING);
        uploads.data.videos.existing(uploads.mina.id(), NOV_28.minusDays(1), VideoStatus.FAILED);

        assertThrows(VideoAlreadyExists.class, () -> uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28, MiB, null)));
        uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28.minusDays(1), MiB, null));
    }

    @Test
    void aFourthOpenUploadIsTooManyUntilOneEnds() {
        UploadTicket first = uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28, MiB, null));
        uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28.minusDays(1), MiB, null));
        uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28.minusDays(2), MiB, null));

        var refused = assertThrows(TooManyUploads.class, () -> uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28.minusDays(3), MiB, null)));

        assertTrue(refused.getMessage().contains("at most 3"), refused.getMessage());
        assertEquals(3, uploads.data.sessions.size());
        assertEquals(3, uploads.store.listPendingUploads("users/").size(), "the refused one's store upload is aborted");
        uploads.initiate().initiate(uploads.jun.id(), clip(NOV_28.minusDays(3), MiB, null));
        uploads.abort().abort(uploads.mina.id(), first.uploadId());
        uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28.minusDays(3), MiB, null));
    }

    @Test
    void anExpiredUploadNoLongerCountsAsOpen() {
        uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28.minusDays(1), MiB, null));
        uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28.minusDays(2), MiB, null));
        uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28.minusDays(3), MiB, null));
        uploads.clock.advance(Duration.ofHours(24));

        uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28, MiB, null));
    }

    @Test
    void aNewUploadForADaySupersedesTheOpenOneOfThatDay() {
        UploadTicket old = uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28, 20L * MiB, null));
        UploadSession oldSession = uploads.data.sessions.get(old.uploadId());
        uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28.minusDays(1), MiB, null));
        uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28.minusDays(2), MiB, null));

        UploadTicket fresh = uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28, 20L * MiB, null));

        assertEquals(UploadState.ABORTED, uploads.data.sessions.get(old.uploadId()).state());
        assertFalse(uploads.store.isOpen(oldSession.storeUploadId()));
        assertEquals(List.of(ObjectKeys.videoPrefixOf(oldSession.objectKey())), uploads.deletions.prefixes);
        assertThrows(UploadNotFound.class, () -> uploads.urls().urls(uploads.mina.id(), old.uploadId(), List.of(1)));
        assertThrows(UploadNotFound.class, () -> uploads.complete().complete(uploads.mina.id(),
                new CompleteUploadCommand(old.uploadId(), List.of(new CompleteUploadCommand.ClientPart(1, "etag")), List.of())));
        assertEquals(1, uploads.urls().urls(uploads.mina.id(), fresh.uploadId(), List.of(1)).size());
        assertEquals(List.of("upload superseded"), uploads.outcomes.recorded);
    }

    @Test
    void aSupersededUploadTheStoreCannotAbortIsLeftToItsQueuedRemoval() {
        UploadTicket old = uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28, MiB, null));
        uploads.store.failingAborts.add(uploads.data.sessions.get(old.uploadId()).storeUploadId());

        uploads.initiate().initiate(uploads.mina.id(), clip(NOV_28, MiB, null));

        assertEquals(UploadState.ABORTED, uploads.data.sessions.get(old.uploadId()).state());
        assertEquals(1, uploads.deletions.prefixes.size());
    }
}
