package com.harufilm.application.upload;

import static com.harufilm.application.upload.Uploads.MiB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.notification.Notices;
import com.harufilm.application.port.out.MultipartUploads.StoredPart;
import com.harufilm.application.upload.CompleteUploadCommand.ClientPart;
import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.error.InvalidUploadPart;
import com.harufilm.domain.error.UploadNotFound;
import com.harufilm.domain.error.VideoAlreadyExists;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.video.ObjectKeys;
import com.harufilm.domain.video.VideoStatus;
import com.harufilm.domain.video.VideoTimestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompleteUploadTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final long SIZE = 12L * MiB;

    private final Uploads uploads = new Uploads();
    private final UploadId uploadId = uploads.initiate()
            .initiate(uploads.mina.id(), InitiateUploadCommand.of(DAY, "clip.mov", "video/quicktime", SIZE, 5 * MiB)).uploadId();

    private UploadSession session() {
        return uploads.data.sessions.get(uploadId);
    }

    /** Puts every part (5, 5 and 2 MiB) and returns them as the app would report them. */
    private List<ClientPart> putAllParts() {
        List<ClientPart> parts = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            long size = session().plan().sizeOf(n);
            uploads.store.putPart(session().storeUploadId(), n, size);
            parts.add(new ClientPart(n, "\"etag-" + n + "-" + size + "\""));
        }
        return parts;
    }

    private CompletedUpload complete(List<ClientPart> parts) {
        return uploads.complete().complete(uploads.mina.id(), new CompleteUploadCommand(uploadId, parts,
                List.of(new VideoTimestamp(1.5, "coffee"))));
    }

    @Test
    void aCompleteUploadBecomesAPendingVideoWithItsEncodingJobAndTimestamps() {
        int initiated = uploads.transactions.count;
        CompletedUpload done = complete(putAllParts());

        assertEquals(VideoStatus.PENDING, done.video().status());
        assertEquals(DAY, done.video().uploadDate());
        assertEquals(SIZE, uploads.store.objects.get(session().objectKey()));
        assertEquals(1, uploads.data.jobs.size());
        assertEquals(done.video().id(), uploads.data.jobs.getFirst().videoId());
        assertEquals(List.of("1.5 coffee"), uploads.data.videos.timestamps.of(done.video().userId(), List.of(done.video().id()))
                .get(done.video().id()).stream().map(stamp -> stamp.offsetSec() + " " + stamp.label()).toList());
        assertEquals(UploadState.COMPLETED, session().state());
        assertEquals(1, uploads.transactions.count - initiated);
        assertEquals(List.of("UPLOAD_COMPLETED"), uploads.notices.kinds(), "recorded in the same transaction, sent later");
    }

    @Test
    void completingTwiceReturnsTheSameVideo() {
        List<ClientPart> parts = putAllParts();
        CompletedUpload first = complete(parts);

        CompletedUpload second = complete(parts);

        assertEquals(first.video().id(), second.video().id());
        assertEquals(1, uploads.data.jobs.size());
        assertEquals(List.of("upload completed"), uploads.outcomes.recorded, "one upload, counted once");
    }

    @Test
    void partsMustAllBeThereWithTheEtagsAndSizesTheStoreHolds() {
        List<ClientPart> parts = putAllParts();

        assertThrows(InvalidUploadPart.class, () -> complete(parts.subList(0, 2)));
        assertThrows(InvalidUploadPart.class, () -> complete(List.of(parts.get(0), parts.get(1), new ClientPart(3, "forged"))));
        assertThrows(InvalidUploadPart.class, () -> complete(List.of(parts.get(0), parts.get(1), new ClientPart(4, "etag"))));
        uploads.store.putPart(session().storeUploadId(), 2, 4L * MiB);
        assertThrows(InvalidUploadPart.class, () -> complete(List.of(parts.get(0), new ClientPart(2, "etag-2-" + 4L * MiB), parts.get(2))));
        assertTrue(uploads.data.videos.rows.isEmpty());
    }

    @Test
    void someoneElsesUploadIsNotFound() {
        List<ClientPart> parts = putAllParts();

        assertThrows(UploadNotFound.class, () -> uploads.complete().complete(uploads.jun.id(),
                new CompleteUploadCommand(uploadId, parts, List.of())));
    }

    @Test
    void anExpiredUploadIsNotFound() {
        List<ClientPart> parts = putAllParts();
        uploads.clock.advance(Duration.ofHours(25));

        assertThrows(UploadNotFound.class, () -> complete(parts));
    }

    @Test
    void whenAnotherUploadTookTheDayThisOnesPartsGo() {
        List<ClientPart> parts = putAllParts();
        uploads.data.videos.existing(uploads.mina.id(), DAY, VideoStatus.PENDING);

        assertThrows(VideoAlreadyExists.class, () -> complete(parts));

        assertFalse(uploads.store.isOpen(session().storeUploadId()));
        assertEquals(UploadState.ABORTED, session().state());
        assertEquals(List.of("upload superseded"), uploads.outcomes.recorded);
    }

    @Test
    void aFailedVideoOfTheDayIsReplacedAndItsObjectsQueuedForDeletion() {
        var failed = uploads.data.videos.existing(uploads.mina.id(), DAY, VideoStatus.FAILED);

        CompletedUpload done = complete(putAllParts());

        assertFalse(uploads.data.videos.rows.containsKey(failed.id()));
        assertEquals(List.of(failed.outputPrefix()), uploads.deletions.prefixes);
        assertEquals(VideoStatus.PENDING, done.video().status());
    }

    /** A complete that assembles the object in the store, then dies before the database records it (a crash, an outage). */
    private void completeDyingBeforeTheCommit(List<ClientPart> parts) {
        var failing = new CompleteUpload(uploads.data.uploadSessions, uploads.data.videos, uploads.data.videos.timestamps, uploads.data.encodingJobs,
                uploads.deletions, uploads.store, uploads.store, new com.harufilm.application.port.out.Transactions() {
                    @Override
                    public <T> T inTransaction(java.util.function.Supplier<T> work) {
                        throw new IllegalStateException("database went away");
                    }
                }, new Notices(uploads.notices, uploads.users, uploads.clock), uploads.outcomes, uploads.settings, uploads.clock);
        assertThrows(IllegalStateException.class, () -> failing.complete(uploads.mina.id(), new CompleteUploadCommand(uploadId, parts, List.of())));
    }

    @Test
    void aStoreThatAssembledTheObjectWhileTheDatabaseFailedIsFinishedOnTheNextCall() {
        List<ClientPart> parts = putAllParts();
        completeDyingBeforeTheCommit(parts);

        CompletedUpload done = complete(parts);

        assertEquals(VideoStatus.PENDING, done.video().status());
        assertEquals(1, uploads.data.jobs.size());
    }

    @Test
    void anAppThatLostTheCompletesAnswerResumesThroughTheStatusAndGetsTheSameVideo() {
        CompletedUpload first = complete(putAllParts());

        var status = uploads.status().status(uploads.mina.id(), uploadId);

        assertEquals(List.of(1, 2, 3), status.uploadedParts().stream().map(StoredPart::partNumber).toList(), "nothing left to send");
        List<ClientPart> asTheStatusSays = status.uploadedParts().stream().map(part -> new ClientPart(part.partNumber(), part.etag())).toList();
        assertEquals(first.video().id(), complete(asTheStatusSays).video().id());
    }

    @Test
    void afterACompleteThatDiedBeforeTheCommitTheStatusHoldsEveryPartSoAResumingAppOnlyCompletes() {
        completeDyingBeforeTheCommit(putAllParts());

        var status = uploads.status().status(uploads.mina.id(), uploadId);

        assertEquals(List.of(1, 2, 3), status.uploadedParts().stream().map(StoredPart::partNumber).toList(),
                "the store holds no multipart upload any more, but the object it assembled");
        assertEquals(SIZE, status.uploadedParts().stream().mapToLong(StoredPart::size).sum());
        List<ClientPart> asTheStatusSays = status.uploadedParts().stream().map(part -> new ClientPart(part.partNumber(), part.etag())).toList();
        assertEquals(VideoStatus.PENDING, complete(asTheStatusSays).video().status());
        assertEquals(1, uploads.data.jobs.size());
    }

    @Test
    void moreTimestampsThanAVideoMayCarryAreRefusedBeforeAnythingIsAssembled() {
        List<ClientPart> parts = putAllParts();
        List<VideoTimestamp> many = java.util.stream.IntStream.range(0, 101).mapToObj(i -> new VideoTimestamp(i, "t" + i)).toList();

        var refused = assertThrows(InvalidRequest.class, () -> uploads.complete().complete(uploads.mina.id(),
                new CompleteUploadCommand(uploadId, parts, many)));

        assertEquals("timestamps", refused.field());
        assertTrue(refused.getMessage().contains("at most 100"), refused.getMessage());
        assertTrue(uploads.store.isOpen(session().storeUploadId()));
        assertTrue(uploads.data.videos.rows.isEmpty());
    }

    @Test
    void anObjectAssembledForASessionThatEndedMeanwhileIsQueuedForRemoval() {
        List<ClientPart> parts = putAllParts();
        // An abort (or an initiate that supersedes it, or the expiry sweep) commits while the store assembles.
        CompleteUpload racing = completeWhoseFirstTransactionFinds(() ->
                uploads.data.uploadSessions.end(uploads.mina.id(), uploadId, UploadState.ABORTED, uploads.clock.instant()));

        assertThrows(UploadNotFound.class, () -> racing.complete(uploads.mina.id(), new CompleteUploadCommand(uploadId, parts, List.of())));

        assertEquals(SIZE, uploads.store.objects.get(session().objectKey()), "assembled before the transaction");
        assertEquals(List.of(ObjectKeys.videoPrefixOf(session().objectKey())), uploads.deletions.prefixes);
        assertTrue(uploads.data.videos.rows.isEmpty());
    }

    @Test
    void anObjectAssembledForAUserDeletedMeanwhileIsQueuedForRemoval() {
        List<ClientPart> parts = putAllParts();
        String prefix = ObjectKeys.videoPrefixOf(session().objectKey());
        CompleteUpload racing = completeWhoseFirstTransactionFinds(() -> uploads.data.sessions.remove(uploadId));

        assertThrows(UploadNotFound.class, () -> racing.complete(uploads.mina.id(), new CompleteUploadCommand(uploadId, parts, List.of())));

        assertEquals(List.of(prefix), uploads.deletions.prefixes);
    }

    /** A complete whose first transaction starts after {@code meanwhile} committed. */
    private CompleteUpload completeWhoseFirstTransactionFinds(Runnable meanwhile) {
        var transactions = new com.harufilm.application.port.out.Transactions() {
            private boolean first = true;

            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                if (first) {
                    first = false;
                    meanwhile.run();
                }
                return work.get();
            }
        };
        return new CompleteUpload(uploads.data.uploadSessions, uploads.data.videos, uploads.data.videos.timestamps, uploads.data.encodingJobs,
                uploads.deletions, uploads.store, uploads.store, transactions, new Notices(uploads.notices, uploads.users, uploads.clock),
                uploads.outcomes, uploads.settings, uploads.clock);
    }
}
