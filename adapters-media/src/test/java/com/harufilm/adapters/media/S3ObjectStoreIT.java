package com.harufilm.adapters.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.MultipartUploads.PendingUpload;
import com.harufilm.application.port.out.MultipartUploads.StoredPart;
import com.harufilm.application.port.out.ObjectRemoval;
import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.SignedLinks.PresignedUrl;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 adapters of uploads and removal against the local S3 server, with part bytes sent as a client would: plain HTTP to presigned URLs. */
class S3ObjectStoreIT {

    private static final String ORIGIN = "http://localhost:8080";
    private static final String BUCKET = LocalObjectStore.BUCKET;
    private static final int FIVE_MIB = 5 * 1024 * 1024;
    private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final String CLIP = "users/1/clip.mp4";

    private final PlainHttpClient http = new PlainHttpClient();

    @TempDir
    Path directory;

    private LocalObjectStore local;
    private S3Client s3;
    private ObjectStore objects;
    private MultipartUploads store;
    private ObjectRemoval removal;

    @BeforeEach
    void startServer() throws Exception {
        local = LocalObjectStore.start(directory, List.of(ORIGIN), NOW);
        s3 = local.s3;
        objects = local.ports().objects();
        store = local.ports().uploads();
        removal = local.ports().removal();
    }

    @AfterEach
    void stopServer() throws Exception {
        http.close();
        local.close();
    }

    @Test
    void partsPutThroughPresignedUrlsBecomeOneObject() throws Exception {
        String key = "users/1/videos/2026-11-01/original.mp4";
        byte[] first = bytes(FIVE_MIB, 1);
        byte[] last = bytes(1234, 2);
        String uploadId = store.startMultipartUpload(key, "video/mp4");

        PresignedUrl url = store.presignPartUpload(key, uploadId, 1, first.length, QUARTER_HOUR);
        var firstAnswer = http.put(url.url(), first);
        var lastAnswer = http.put(store.presignPartUpload(key, uploadId, 2, last.length, QUARTER_HOUR).url(), last);

        assertEquals(NOW.plus(QUARTER_HOUR), url.expiresAt());
        assertEquals(200, firstAnswer.statusCode());
        assertEquals(200, lastAnswer.statusCode());
        List<StoredPart> parts = store.listParts(key, uploadId);
        assertEquals(List.of(1, 2), parts.stream().map(StoredPart::partNumber).toList());
        assertEquals(List.of((long) first.length, (long) last.length), parts.stream().map(StoredPart::size).toList());
        assertEquals(firstAnswer.headers().firstValue("ETag").orElseThrow(), '"' + parts.get(0).etag() + '"');
        assertEquals(lastAnswer.headers().firstValue("ETag").orElseThrow(), '"' + parts.get(1).etag() + '"');

        assertTrue(store.completeMultipartUpload(key, uploadId, parts));

        assertEquals(Optional.of((long) first.length + last.length), objects.sizeOf(key));
        byte[] stored = s3.getObjectAsBytes(get -> get.bucket(BUCKET).key(key)).asByteArray();
        assertArrayEquals(ByteBuffer.allocate(first.length + last.length).put(first).put(last).array(), stored);
    }

    @Test
    void aPartUrlSignsTheHostAndThePartLengthOnly() {
        URI url = firstPartUrl(QUARTER_HOUR);

        assertTrue(url.getQuery().contains("X-Amz-SignedHeaders=content-length;host&"), url.getQuery());
    }

    @Test
    void aPartUrlStoresExactlyThePlannedLengthAndRefusesMoreOrLess() throws Exception {
        // Part 1 of 5 MiB in the middle of the file, part 2 the last one of 1234 bytes.
        String uploadId = store.startMultipartUpload(CLIP, "video/mp4");
        URI middle = store.presignPartUpload(CLIP, uploadId, 1, FIVE_MIB, QUARTER_HOUR).url();
        URI last = store.presignPartUpload(CLIP, uploadId, 2, 1234, QUARTER_HOUR).url();

        int middleLarger = PlainHttpClient.putStatus(middle, bytes(9 * 1024 * 1024, 1));
        int middleSmaller = PlainHttpClient.putStatus(middle, bytes(FIVE_MIB - 1, 1));
        int lastLarger = PlainHttpClient.putStatus(last, bytes(1235, 2));
        int lastSmaller = PlainHttpClient.putStatus(last, bytes(1233, 2));
        assertEquals(List.of(), store.listParts(CLIP, uploadId), "no refused PUT may leave a part");

        assertEquals(200, http.put(middle, bytes(FIVE_MIB, 1)).statusCode());
        assertEquals(200, http.put(last, bytes(1234, 2)).statusCode());
        assertEquals(List.of(403, 403, 403, 403), List.of(middleLarger, middleSmaller, lastLarger, lastSmaller));
        assertEquals(List.of((long) FIVE_MIB, 1234L), store.listParts(CLIP, uploadId).stream().map(StoredPart::size).toList());
    }

    @Test
    void aPartPutWithAFormContentTypeIsStoredAsItIs() throws Exception {
        // curl --data-binary and Python's urllib send this Content-Type unless told otherwise; S3 stores such parts.
        byte[] body = "a=1&b=2 are video bytes here".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String uploadId = store.startMultipartUpload(CLIP, "video/mp4");
        URI url = store.presignPartUpload(CLIP, uploadId, 1, body.length, QUARTER_HOUR).url();

        var answer = http.put(url, body, "application/x-www-form-urlencoded");

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(List.of((long) body.length), store.listParts(CLIP, uploadId).stream().map(StoredPart::size).toList());
        assertTrue(store.completeMultipartUpload(CLIP, uploadId, store.listParts(CLIP, uploadId)));
        assertArrayEquals(body, s3.getObjectAsBytes(get -> get.bucket(BUCKET).key(CLIP)).asByteArray());
    }

    @Test
    void aTamperedSignatureIsRefused() throws Exception {
        URI tampered = LocalObjectStore.tampered(firstPartUrl(QUARTER_HOUR));

        assertEquals(403, http.put(tampered, bytes(10, 3)).statusCode());
    }

    @Test
    void anExpiredUrlIsRefused() throws Exception {
        URI url = firstPartUrl(Duration.ofSeconds(1));
        Thread.sleep(2000);

        assertEquals(403, http.put(url, bytes(10, 3)).statusCode());
    }

    @Test
    void abortingRemovesTheUploadAndMayBeRepeated() throws Exception {
        String uploadId = uploadWithOnePart();
        assertEquals(List.of(uploadId), store.listPendingUploads("users/1/").stream().map(PendingUpload::storeUploadId).toList());

        store.abortMultipartUpload(CLIP, uploadId);
        store.abortMultipartUpload(CLIP, uploadId);

        assertEquals(List.of(), store.listPendingUploads("users/1/"));
        assertEquals(List.of(), store.listParts(CLIP, uploadId));
    }

    @Test
    void aPartUrlOfAnAbortedUploadStoresNothing() throws Exception {
        String uploadId = store.startMultipartUpload(CLIP, "video/mp4");
        URI url = store.presignPartUpload(CLIP, uploadId, 1, FIVE_MIB, QUARTER_HOUR).url();
        store.abortMultipartUpload(CLIP, uploadId);

        assertEquals(404, PlainHttpClient.putStatus(url, bytes(FIVE_MIB, 1)));
        assertEquals(List.of(), store.listParts(CLIP, uploadId));
        assertEquals(0, s3.listObjectsV2(list -> list.bucket(BUCKET)).keyCount(), "no part lies about as an object");
    }

    @Test
    void deletingAPrefixAbortsTheUploadsOpenUnderIt() throws Exception {
        String doomed = uploadWithOnePart();
        String other = store.startMultipartUpload("users/2/clip.mp4", "video/mp4");

        removal.deletePrefix("users/1/");

        assertEquals(List.of(), store.listPendingUploads("users/1/"));
        assertEquals(List.of(other), store.listPendingUploads("users/").stream().map(PendingUpload::storeUploadId).toList());
        assertEquals(404, PlainHttpClient.putStatus(store.presignPartUpload(CLIP, doomed, 2, 10, QUARTER_HOUR).url(), bytes(10, 5)));
    }

    @Test
    void completingAnUploadTheStoreNoLongerKnowsAnswersFalse() throws Exception {
        String completed = uploadWithOnePart();
        List<StoredPart> parts = store.listParts(CLIP, completed);
        String aborted = uploadWithOnePart();
        store.abortMultipartUpload(CLIP, aborted);

        assertTrue(store.completeMultipartUpload(CLIP, completed, parts));
        assertFalse(store.completeMultipartUpload(CLIP, completed, parts));
        assertFalse(store.completeMultipartUpload(CLIP, aborted, parts));
        assertFalse(store.completeMultipartUpload(CLIP, "made-up", parts));
        assertEquals(Optional.of(100L), objects.sizeOf(CLIP));
    }

    @Test
    void pendingUploadsAreListedByPrefix() {
        String mine = store.startMultipartUpload("users/1/a.mp4", "video/mp4");
        String alsoMine = store.startMultipartUpload("users/1/b.mp4", "video/mp4");
        store.startMultipartUpload("users/2/a.mp4", "video/mp4");

        List<PendingUpload> pending = store.listPendingUploads("users/1/");

        assertEquals(List.of("users/1/a.mp4", "users/1/b.mp4"), pending.stream().map(PendingUpload::key).sorted().toList());
        assertEquals(List.of(mine, alsoMine).stream().sorted().toList(),
                pending.stream().map(PendingUpload::storeUploadId).sorted().toList());
    }

    @Test
    void deletingAPrefixRemovesEverythingUnderItAndNothingElse() {
        List<String> doomed = List.of("users/1/a.mp4", "users/1/hls/master.m3u8", "users/1/hls/720/seg0.ts", "users/1/thumb.jpg");
        doomed.forEach(this::putObject);
        putObject("users/10/a.mp4");
        putObject("users/2/a.mp4");

        removal.deletePrefix("users/1/");
        removal.deletePrefix("users/3/");

        doomed.forEach(key -> assertEquals(Optional.empty(), objects.sizeOf(key), key));
        assertEquals(Optional.of(5L), objects.sizeOf("users/10/a.mp4"));
        assertEquals(Optional.of(5L), objects.sizeOf("users/2/a.mp4"));
    }

    @Test
    void aMissingObjectHasNoSize() {
        assertEquals(Optional.empty(), objects.sizeOf("users/1/nothing.mp4"));
    }

    @Test
    void browsersFromAConfiguredOriginMayPutAPartAndReadItsEtag() throws Exception {
        URI url = firstPartUrl(QUARTER_HOUR);
        var preflight = http.preflightPut(url, ORIGIN);

        assertEquals(ORIGIN, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
    }

    private URI firstPartUrl(Duration validFor) {
        return store.presignPartUpload(CLIP, store.startMultipartUpload(CLIP, "video/mp4"), 1, 10, validFor).url();
    }

    private String uploadWithOnePart() throws Exception {
        String uploadId = store.startMultipartUpload(CLIP, "video/mp4");
        http.put(store.presignPartUpload(CLIP, uploadId, 1, 100, QUARTER_HOUR).url(), bytes(100, 4));
        return uploadId;
    }

    private void putObject(String key) {
        s3.putObject(put -> put.bucket(BUCKET).key(key), RequestBody.fromString("bytes"));
    }

    private static byte[] bytes(int size, int seed) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) seed);
        bytes[size - 1] = (byte) (seed + 100);
        return bytes;
    }
}
