package com.harufilm.application.upload;

import static com.harufilm.application.upload.Uploads.MiB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.error.InvalidUploadPart;
import com.harufilm.domain.error.UploadNotFound;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.video.ObjectKeys;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Part URLs, the store's view of an upload, aborting, and the sweeper. */
class UploadSessionTest {

    private final Uploads uploads = new Uploads();
    private final UploadId uploadId = uploads.initiate().initiate(uploads.mina.id(),
            InitiateUploadCommand.of(LocalDate.of(2026, 11, 28), "clip.mp4", "video/mp4", 20L * MiB, 5 * MiB)).uploadId();

    @Test
    void partUrlsExpireAfterTheConfiguredTimeAndMayBeAskedForAgain() {
        var urls = uploads.urls().urls(uploads.mina.id(), uploadId, List.of(1, 2, 2));

        assertEquals(List.of(1, 2), urls.stream().map(GetPartUploadUrls.PartUrl::partNumber).toList());
        assertEquals(uploads.clock.instant().plus(Duration.ofMinutes(15)), urls.getFirst().url().expiresAt());
        assertThrows(InvalidUploadPart.class, () -> uploads.urls().urls(uploads.mina.id(), uploadId, List.of(0)));
        assertThrows(InvalidUploadPart.class, () -> uploads.urls().urls(uploads.mina.id(), uploadId, List.of(5)));
        assertThrows(InvalidRequest.class, () -> uploads.urls().urls(uploads.mina.id(), uploadId,
                IntStream.rangeClosed(1, 101).boxed().toList()));
        assertThrows(UploadNotFound.class, () -> uploads.urls().urls(uploads.jun.id(), uploadId, List.of(1)));
    }

    @Test
    void eachPartUrlSignsThatPartsExactLengthTheLastOneItsOwn() {
        UploadId uneven = uploads.initiate().initiate(uploads.mina.id(),
                InitiateUploadCommand.of(LocalDate.of(2026, 11, 27), "clip.mp4", "video/mp4", 12L * MiB + 7, 5 * MiB)).uploadId();

        var urls = uploads.urls().urls(uploads.mina.id(), uneven, List.of(1, 2, 3));

        assertEquals(List.of(5L * MiB, 5L * MiB, 2L * MiB + 7), urls.stream()
                .map(url -> Long.parseLong(url.url().url().getQuery().replaceAll(".*contentLength=", ""))).toList());
    }

    @Test
    void aPartUrlNeverOutlivesItsSession() {
        uploads.clock.advance(Duration.ofHours(24).minusMinutes(5));

        var url = uploads.urls().urls(uploads.mina.id(), uploadId, List.of(1)).getFirst();

        assertEquals(uploads.data.sessions.get(uploadId).expiresAt(), url.url().expiresAt());
    }

    @Test
    void inItsLastSecondASessionGivesOutNoPartUrl() {
        uploads.clock.advance(Duration.ofHours(24).minusMillis(500));

        assertThrows(UploadNotFound.class, () -> uploads.urls().urls(uploads.mina.id(), uploadId, List.of(1)));
    }

    @Test
    void theStatusIsWhatTheStoreHoldsNotWhatWasPresigned() {
        uploads.urls().urls(uploads.mina.id(), uploadId, List.of(1, 2, 3, 4));
        var storeUploadId = uploads.data.sessions.get(uploadId).storeUploadId();
        uploads.store.putPart(storeUploadId, 1, 5L * MiB);
        uploads.store.putPart(storeUploadId, 3, 5L * MiB);

        var status = uploads.status().status(uploads.mina.id(), uploadId);

        assertEquals(List.of(1, 3), status.uploadedParts().stream().map(p -> p.partNumber()).toList());
    }

    @Test
    void abortRemovesThePartsAndTheUploadIsGoneAfter() {
        var storeUploadId = uploads.data.sessions.get(uploadId).storeUploadId();

        uploads.abort().abort(uploads.mina.id(), uploadId);

        assertFalse(uploads.store.isOpen(storeUploadId));
        assertEquals(UploadState.ABORTED, uploads.data.sessions.get(uploadId).state());
        assertEquals(List.of(prefix()), uploads.deletions.prefixes, "anything assembled for it goes too");
        assertThrows(UploadNotFound.class, () -> uploads.abort().abort(uploads.mina.id(), uploadId));
        assertEquals(List.of("upload aborted"), uploads.outcomes.recorded, "the refused second abort counts nothing");
        assertThrows(UploadNotFound.class, () -> uploads.status().status(uploads.mina.id(), uploadId));
        assertThrows(UploadNotFound.class, () -> uploads.urls().urls(uploads.mina.id(), uploadId, List.of(1)));
    }

    @Test
    void anAbortTheStoreRefusesStillEndsTheSessionAndLeavesThePartsToTheQueuedRemoval() {
        var storeUploadId = uploads.data.sessions.get(uploadId).storeUploadId();
        uploads.store.failingAborts.add(storeUploadId);

        uploads.abort().abort(uploads.mina.id(), uploadId);

        assertEquals(UploadState.ABORTED, uploads.data.sessions.get(uploadId).state());
        assertEquals(List.of(prefix()), uploads.deletions.prefixes);
        uploads.store.failingAborts.clear();
        new SweepObjectDeletions(uploads.deletions, uploads.store, uploads.clock).sweep();
        assertFalse(uploads.store.isOpen(storeUploadId), "the removal of the prefix aborts what is open under it");
    }

    @Test
    void theSweeperGoesOnPastAnExpiredUploadTheStoreCannotAbort() {
        UploadId other = uploads.initiate().initiate(uploads.mina.id(),
                InitiateUploadCommand.of(LocalDate.of(2026, 11, 27), "clip.mp4", "video/mp4", (long) MiB, null)).uploadId();
        String refusing = uploads.data.sessions.get(uploadId).storeUploadId();
        uploads.store.failingAborts.add(refusing);
        String stray = uploads.store.strayUpload("users/9/videos/lost/source", Duration.ofHours(2));
        uploads.store.failingAborts.add(stray);
        String laterStray = uploads.store.strayUpload("users/9/videos/later/source", Duration.ofHours(2));
        uploads.clock.advance(Duration.ofHours(25));

        assertEquals(new SweepExpiredUploads.Swept(2, 1), uploads.sweep().sweep());

        assertEquals(UploadState.EXPIRED, uploads.data.sessions.get(uploadId).state());
        assertEquals(UploadState.EXPIRED, uploads.data.sessions.get(other).state());
        assertFalse(uploads.store.isOpen(uploads.data.sessions.get(other).storeUploadId()));
        assertFalse(uploads.store.isOpen(laterStray));
        assertTrue(uploads.store.isOpen(refusing), "left to its queued removal");
        assertTrue(uploads.deletions.prefixes.contains(prefix()));
        uploads.store.failingAborts.clear();
        assertEquals(new SweepExpiredUploads.Swept(0, 2), uploads.sweep().sweep(), "the next round takes what failed");
    }

    private String prefix() {
        return ObjectKeys.videoPrefixOf(uploads.data.sessions.get(uploadId).objectKey());
    }

    @Test
    void theSweeperEndsExpiredUploadsAndOldStrayOnes() {
        var storeUploadId = uploads.data.sessions.get(uploadId).storeUploadId();
        String oldStray = uploads.store.strayUpload("users/9/videos/lost/source", Duration.ofHours(2));
        String youngStray = uploads.store.strayUpload("users/9/videos/new/source", Duration.ofMinutes(5));

        assertEquals(new SweepExpiredUploads.Swept(0, 1), uploads.sweep().sweep());
        assertTrue(uploads.store.isOpen(storeUploadId), "a live session's upload stays");
        assertTrue(uploads.store.isOpen(youngStray));
        assertFalse(uploads.store.isOpen(oldStray));

        uploads.clock.advance(Duration.ofHours(24));
        assertEquals(new SweepExpiredUploads.Swept(1, 1), uploads.sweep().sweep());
        assertEquals(UploadState.EXPIRED, uploads.data.sessions.get(uploadId).state());
        assertEquals(List.of("UPLOAD_EXPIRED"), uploads.notices.kinds(), "the owner is told once");
        assertEquals(List.of("upload expired"), uploads.outcomes.recorded, "stray store uploads are no sessions and count nothing");
        assertFalse(uploads.store.isOpen(storeUploadId));
    }
}
