package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.MultipartUploads.PendingUpload;
import com.harufilm.application.port.out.MultipartUploads.StoredPart;
import com.harufilm.application.port.out.SignedLinks.PresignedUrl;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What MultipartUploads promises, with parts sent as a client sends them (a PUT to a part URL),
 * run on the S3 adapter and on the fake.
 */
public abstract class MultipartUploadsContract extends StoreContract {

    private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);
    // S3's least size for a part that is not the last.
    private static final String FIRST = "a".repeat(5 * 1024 * 1024);
    private static final String LAST = "하루 끝";

    @Test
    void partsPutThroughTheirUrlsAreListedAsStoredWithTheirSizesAndEtags() throws Exception {
        String key = key("users/1/videos/");
        String uploadId = store.uploads().startMultipartUpload(key, "video/mp4");

        var lastAnswer = put(key, uploadId, 2, LAST);
        var firstAnswer = put(key, uploadId, 1, FIRST);

        assertEquals(List.of(200, 200), List.of(firstAnswer.status(), lastAnswer.status()));
        assertEquals(List.of(new StoredPart(1, firstAnswer.etag(), bytes(FIRST).length), new StoredPart(2, lastAnswer.etag(), bytes(LAST).length)),
                store.uploads().listParts(key, uploadId));
    }

    @Test
    void completingAssemblesTheObjectFromItsPartsInOrder() throws Exception {
        String key = key("users/1/videos/");
        String uploadId = store.uploads().startMultipartUpload(key, "video/mp4");
        put(key, uploadId, 1, FIRST);
        put(key, uploadId, 2, LAST);

        assertTrue(store.uploads().completeMultipartUpload(key, uploadId, store.uploads().listParts(key, uploadId)));

        assertEquals(Optional.of((long) bytes(FIRST).length + bytes(LAST).length), store.objects().sizeOf(key));
        assertEquals(FIRST + LAST, store.objects().readText(key));
        assertEquals(List.of(), store.uploads().listPendingUploads(key));
    }

    @Test
    void theMediaTypeABrowsersRecorderGivesWithItsCodecsIsTaken() throws Exception {
        String key = key("users/1/videos/");
        String uploadId = store.uploads().startMultipartUpload(key, "video/webm;codecs=vp8,opus");
        put(key, uploadId, 1, LAST);

        assertTrue(store.uploads().completeMultipartUpload(key, uploadId, store.uploads().listParts(key, uploadId)));

        assertEquals(LAST, store.objects().readText(key));
    }

    @Test
    void completingAnUploadTheStoreNoLongerKnowsAnswersFalse() throws Exception {
        String key = key("users/1/videos/");
        String completed = uploadWithOnePart(key);
        List<StoredPart> parts = store.uploads().listParts(key, completed);
        String aborted = uploadWithOnePart(key);
        store.uploads().abortMultipartUpload(key, aborted);

        assertTrue(store.uploads().completeMultipartUpload(key, completed, parts));
        assertFalse(store.uploads().completeMultipartUpload(key, completed, parts));
        assertFalse(store.uploads().completeMultipartUpload(key, aborted, parts));
        assertFalse(store.uploads().completeMultipartUpload(key, "made-up", parts));
        assertEquals(Optional.of((long) bytes(LAST).length), store.objects().sizeOf(key));
    }

    @Test
    void abortingDropsTheUploadAndItsPartsAndMayBeRepeated() throws Exception {
        String key = key("users/1/videos/");
        String uploadId = uploadWithOnePart(key);

        store.uploads().abortMultipartUpload(key, uploadId);
        store.uploads().abortMultipartUpload(key, uploadId);

        assertEquals(List.of(), store.uploads().listPendingUploads(key));
        assertEquals(List.of(), store.uploads().listParts(key, uploadId));
        assertEquals(Optional.empty(), store.objects().sizeOf(key));
    }

    @Test
    void pendingUploadsAreListedUnderTheirPrefixOnly() {
        String user = key("users/2/");
        String mine = store.uploads().startMultipartUpload(user + "/a.mp4", "video/mp4");
        String alsoMine = store.uploads().startMultipartUpload(user + "/b.mp4", "video/mp4");
        store.uploads().startMultipartUpload(user + "0/a.mp4", "video/mp4");

        List<PendingUpload> pending = store.uploads().listPendingUploads(user + "/");

        assertEquals(List.of(user + "/a.mp4", user + "/b.mp4"), pending.stream().map(PendingUpload::key).sorted().toList());
        assertEquals(List.of(mine, alsoMine).stream().sorted().toList(), pending.stream().map(PendingUpload::storeUploadId).sorted().toList());
    }

    @Test
    void aPartUrlExpiresAsAskedAndStoresOnlyTheSignedLength() throws Exception {
        String key = key("users/1/videos/");
        String uploadId = store.uploads().startMultipartUpload(key, "video/mp4");
        PresignedUrl url = store.uploads().presignPartUpload(key, uploadId, 1, 10, QUARTER_HOUR);

        int longer = store.follower().put(url.url(), new byte[11]).status();
        int shorter = store.follower().put(url.url(), new byte[9]).status();

        assertEquals(PortContract.NOW.plus(QUARTER_HOUR), url.expiresAt());
        assertEquals(List.of(403, 403), List.of(longer, shorter));
        assertEquals(List.of(), store.uploads().listParts(key, uploadId), "no refused PUT may leave a part");
        assertEquals(200, store.follower().put(url.url(), new byte[10]).status());
    }

    @Test
    void aPartUrlOfAnAbortedUploadStoresNothing() throws Exception {
        String key = key("users/1/videos/");
        String uploadId = store.uploads().startMultipartUpload(key, "video/mp4");
        URI url = store.uploads().presignPartUpload(key, uploadId, 1, bytes(LAST).length, QUARTER_HOUR).url();
        store.uploads().abortMultipartUpload(key, uploadId);

        assertEquals(404, store.follower().put(url, bytes(LAST)).status());
        assertEquals(List.of(), store.uploads().listParts(key, uploadId));
    }

    private String uploadWithOnePart(String key) throws Exception {
        String uploadId = store.uploads().startMultipartUpload(key, "video/mp4");
        put(key, uploadId, 1, LAST);
        return uploadId;
    }

    private LinkFollower.Answer put(String key, String uploadId, int partNumber, String text) throws Exception {
        byte[] body = bytes(text);
        return store.follower().put(store.uploads().presignPartUpload(key, uploadId, partNumber, body.length, QUARTER_HOUR).url(), body);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
