package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.adapters.media.S3StorageModule;
import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.application.upload.UploadSettings;
import com.harufilm.domain.upload.PartPlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** A 40 MiB upload through the HTTP API and the real S3 adapter, as a phone on a bad network does it. */
class ResumableUploadIT {

    private static final int MiB = PartPlan.MiB;

    @TempDir
    static Path work;

    private static TestDatabase database;
    private static GoogleStub google;
    private static ApiUnderTest api;
    /** Sessions that last a day, for tests that must not race the 3 s expiry of {@link #api}. */
    private static ApiUnderTest lasting;
    private static Path video;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.mariaDb();
        google = new GoogleStub();
        api = new ApiUnderTest(database.settings(), google.settings(), work.resolve("objects"), true, 1000,
                new UploadSettings(2L * 1024 * MiB, 8 * MiB, Duration.ofSeconds(3), Duration.ofMinutes(15), 3, 100));
        lasting = new ApiUnderTest(database.settings(), google.settings(), work.resolve("lasting"), true, 1000);
        byte[] bytes = new byte[40 * MiB];
        new Random(42).nextBytes(bytes);
        video = Files.write(work.resolve("day.mp4"), bytes);
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
        lasting.close();
        google.close();
        database.close();
    }

    private static ResumableUploadClient phone(String who) throws Exception {
        return phone(who, api);
    }

    private static ResumableUploadClient phone(String who, ApiUnderTest on) throws Exception {
        return new ResumableUploadClient(on.base(), on.signIn(who), 4, 5);
    }

    @Test
    void aPhoneThatLostItsStateResumesFromWhatTheStoreHoldsAndCompletes() throws Exception {
        // A longer session for this test: the shared settings expire sessions after 3 s.
        try (var patient = new ApiUnderTest(database.settings(), google.settings(), work.resolve("objects2"), true, 1000)) {
            String token = patient.signIn("resume", ",\"fcmToken\":\"phone-1\",\"platform\":\"ANDROID\"");
            var phone = new ResumableUploadClient(patient.base(), token, 4, 5);
            String uploadId = phone.initiate(video, LocalDate.of(2026, 11, 1), "video/mp4", 5 * MiB);
            phone.putParts(uploadId, video, List.of(1, 2, 5));

            // The app is reinstalled: all it knows is the uploadId (or it asks for today's upload again).
            var held = phone.status(uploadId);
            assertEquals(8, held.get("partCount").asInt());
            assertEquals(3, held.get("uploadedParts").size());
            phone.cutPartHalfway(uploadId, 3, 5 * MiB);
            assertEquals(3, phone.status(uploadId).get("uploadedParts").size(), "a half-sent part is not held");

            phone.partPuts.set(0);
            var done = phone.resume(uploadId, video);

            assertEquals(5, phone.partPuts.get(), "only the missing parts were sent");
            assertEquals("PENDING", done.get("status").asText());
            assertEquals("2026-11-01", done.get("uploadDate").asText());
            try (S3Client s3 = S3StorageModule.s3Client(patient.s3().settings())) {
                String key = s3.listObjectsV2(list -> list.bucket("haru")).contents().getFirst().key();
                assertArrayEquals(Files.readAllBytes(video), s3.getObjectAsBytes(get -> get.bucket("haru").key(key)).asByteArray());
            }
            // The answer was lost on the way back: the app completes again and gets the same video.
            var again = patient.send("POST", "/uploads/multi-parts/complete",
                    "{\"uploadId\":\"" + uploadId + "\",\"parts\":[{\"partNumber\":1,\"etag\":\"any\"}]}", token);
            assertEquals(201, again.status());
            assertEquals(done.get("videoId"), again.body().get("videoId"), "completing twice answers the same video");
            var sameDay = patient.send("POST", "/uploads/multi-parts/initiate",
                    "{\"uploadDate\":\"2026-11-01\",\"fileName\":\"b.mp4\",\"contentType\":\"video/mp4\",\"fileSize\":10}", token);
            assertEquals(409, sameDay.status());
            assertEquals("VIDEO_ALREADY_EXISTS", sameDay.code());

            // The upload's notice was recorded with it; the dispatcher sends it once, to the phone.
            patient.process().dispatchNotices().dispatch(() -> true);
            patient.process().dispatchNotices().dispatch(() -> true);
            List<String> pushed = Files.readAllLines(work.resolve("objects2-push-outbox.jsonl"));
            assertEquals(1, pushed.size(), pushed.toString());
            assertTrue(pushed.getFirst().contains("\"token\":\"phone-1\"") && pushed.getFirst().contains("\"type\":\"UPLOAD_COMPLETED\""),
                    pushed.getFirst());
        }
    }

    @Test
    void aWrongEtagIsAnInvalidPartAndNothingIsCreated() throws Exception {
        // 40 MiB of parts may take longer than the shared API's 3 s sessions on a loaded machine.
        var phone = phone("etag", lasting);
        String uploadId = phone.initiate(video, LocalDate.of(2026, 11, 2), "video/mp4", 8 * MiB);
        phone.putParts(uploadId, video, List.of(1, 2, 3, 4, 5));
        String parts = "[{\"partNumber\":1,\"etag\":\"0123\"},{\"partNumber\":2,\"etag\":\"x\"},{\"partNumber\":3,\"etag\":\"x\"},"
                + "{\"partNumber\":4,\"etag\":\"x\"},{\"partNumber\":5,\"etag\":\"x\"}]";

        var refused = lasting.send("POST", "/uploads/multi-parts/complete", "{\"uploadId\":\"" + uploadId + "\",\"parts\":" + parts + "}",
                phone.accessToken());

        assertEquals(400, refused.status());
        assertEquals("INVALID_UPLOAD_PART", refused.code());
        assertEquals(5, phone.status(uploadId).get("uploadedParts").size(), "the upload is still there to fix");
    }

    @Test
    void anotherUsersUploadIsNotFoundWhateverTheyTry() throws Exception {
        var owner = phone("owner");
        var stranger = phone("stranger").accessToken();
        String uploadId = owner.initiate(video, LocalDate.of(2026, 11, 3), "video/mp4", null);

        for (var attempt : List.of(
                api.send("GET", "/uploads/multi-parts/" + uploadId, null, stranger),
                api.send("GET", "/uploads/multi-parts/part?uploadId=" + uploadId + "&partNumber=1", null, stranger),
                api.send("GET", "/uploads/multi-parts/parts?uploadId=" + uploadId + "&partNumbers=1,2", null, stranger),
                api.send("POST", "/uploads/multi-parts/complete", "{\"uploadId\":\"" + uploadId + "\",\"parts\":[{\"partNumber\":1,\"etag\":\"e\"}]}", stranger),
                api.send("POST", "/uploads/multi-parts/abort", "{\"uploadId\":\"" + uploadId + "\"}", stranger))) {
            assertEquals(404, attempt.status(), attempt.body().toString());
            assertEquals("UPLOAD_NOT_FOUND", attempt.code());
        }
        assertEquals(200, api.send("GET", "/uploads/multi-parts/" + uploadId, null, owner.accessToken()).status());
    }

    @Test
    void anUploadLeftUnfinishedIsSweptWithItsParts() throws Exception {
        var phone = phone("sweep");
        String uploadId = phone.initiate(video, LocalDate.of(2026, 11, 4), "video/mp4", null);
        phone.putParts(uploadId, video, List.of(1, 2));
        Thread.sleep(3_500);

        api.process().sweepExpiredUploads().sweep();

        var gone = api.send("GET", "/uploads/multi-parts/" + uploadId, null, phone.accessToken());
        assertEquals("UPLOAD_NOT_FOUND", gone.code());
        try (S3Client s3 = S3StorageModule.s3Client(api.s3().settings())) {
            assertTrue(s3.listMultipartUploads(list -> list.bucket("haru")).uploads().isEmpty(), "no parts left in the store");
        }
    }

    @Test
    void badInitiationsAnswerTheContractsCodes() throws Exception {
        String token = phone("bad").accessToken();
        String[][] cases = {
                {"{\"fileName\":\"a.mp4\",\"contentType\":\"video/mp4\",\"fileSize\":10}", "400", "MISSING_UPLOAD_DATA"},
                {"{\"uploadDate\":\"2999-01-01\",\"fileName\":\"a.mp4\",\"contentType\":\"video/mp4\",\"fileSize\":10}", "400", "INVALID_REQUEST"},
                {"{\"uploadDate\":\"2026-13-01\",\"fileName\":\"a.mp4\",\"contentType\":\"video/mp4\",\"fileSize\":10}", "400", "INVALID_REQUEST"},
                {"{\"uploadDate\":\"2026-11-05\",\"fileName\":\"a.txt\",\"contentType\":\"text/plain\",\"fileSize\":10}", "400", "INVALID_VIDEO_FORMAT"},
                {"{\"uploadDate\":\"2026-11-05\",\"fileName\":\"a.mp4\",\"contentType\":\"video/mp4\",\"fileSize\":0}", "400", "INVALID_VIDEO_FORMAT"},
                {"{\"uploadDate\":\"2026-11-05\",\"fileName\":\"a.mp4\",\"contentType\":\"video/mp4\",\"fileSize\":10,\"partSize\":1024}", "400", "INVALID_UPLOAD_PART"},
                {"{\"uploadDate\":\"2026-11-05\",\"fileName\":\"a.mp4\",\"contentType\":\"video/mp4\",\"fileSize\":\"ten\"}", "400", "INVALID_REQUEST"}};
        for (String[] bad : cases) {
            var response = api.send("POST", "/uploads/multi-parts/initiate", bad[0], token);
            assertEquals(Integer.parseInt(bad[1]), response.status(), bad[0]);
            assertEquals(bad[2], response.code(), bad[0]);
        }
    }

    @Test
    void aPartUrlGivenOutBeforeTheAccountIsDeletedStoresNothingAfter() throws Exception {
        String token = lasting.signIn("leaving");
        String uploadId = new ResumableUploadClient(lasting.base(), token, 1, 1).initiate(video, LocalDate.of(2026, 11, 6), "video/mp4",
                5 * MiB);
        URI url = URI.create(lasting.send("GET", "/uploads/multi-parts/part?uploadId=" + uploadId + "&partNumber=1", null, token)
                .body().get("url").asText());
        String userId = lasting.send("GET", "/users/me", null, token).body().get("userId").asText();

        assertEquals(204, lasting.send("DELETE", "/users/me", null, token).status());

        assertEquals(404, putStatus(url, new byte[5 * MiB]), "the store no longer knows the upload");
        assertEquals(404, lasting.send("GET", "/uploads/multi-parts/part?uploadId=" + uploadId + "&partNumber=1", null, token)
                .status(), "and no new part URL is given out");
        try (S3Client s3 = S3StorageModule.s3Client(lasting.s3().settings())) {
            assertTrue(s3.listMultipartUploads(list -> list.bucket("haru").prefix("users/" + userId + "/")).uploads().isEmpty(),
                    "no upload of the user is left open");
        }
    }

    @Test
    void aFourthOpenUploadIsTooManyAndANewOneForADaySupersedesThatDaysOpenOne() throws Exception {
        String token = lasting.signIn("busy");
        var phone = new ResumableUploadClient(lasting.base(), token, 1, 1);
        String first = phone.initiate(video, LocalDate.of(2026, 11, 7), "video/mp4", 5 * MiB);
        URI firstsPart = URI.create(lasting.send("GET", "/uploads/multi-parts/part?uploadId=" + first + "&partNumber=1", null, token)
                .body().get("url").asText());
        phone.initiate(video, LocalDate.of(2026, 11, 8), "video/mp4", null);
        phone.initiate(video, LocalDate.of(2026, 11, 9), "video/mp4", null);

        var fourth = lasting.send("POST", "/uploads/multi-parts/initiate",
                "{\"uploadDate\":\"2026-11-10\",\"fileName\":\"d.mp4\",\"contentType\":\"video/mp4\",\"fileSize\":10}", token);
        String again = phone.initiate(video, LocalDate.of(2026, 11, 7), "video/mp4", 5 * MiB);

        assertEquals(429, fourth.status());
        assertEquals("TOO_MANY_UPLOADS", fourth.code());
        assertEquals(404, lasting.send("GET", "/uploads/multi-parts/" + first, null, token).status(), "the superseded one is gone");
        assertEquals(404, putStatus(firstsPart, new byte[5 * MiB]), "and its part URLs store nothing");
        assertEquals(200, lasting.send("GET", "/uploads/multi-parts/" + again, null, token).status());
    }

    /** The status the store answers a PUT of {@code body} with, read while the body may still be going out. */
    private static int putStatus(URI url, byte[] body) throws Exception {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            Thread sender = Thread.ofVirtual().start(() -> {
                try {
                    out.write(("PUT " + url.getRawPath() + "?" + url.getRawQuery() + " HTTP/1.1\r\nHost: " + url.getHost() + ":"
                            + url.getPort() + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    out.flush();
                } catch (IOException refusedMidBody) {
                    // The store answered and closed; its answer is what counts.
                }
            });
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            sender.join();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
