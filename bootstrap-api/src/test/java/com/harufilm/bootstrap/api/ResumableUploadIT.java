package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.adapters.media.S3StorageModule;
import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.application.upload.UploadSettings;
import com.harufilm.domain.upload.PartPlan;
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
import java.util.UUID;
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
    private static Path video;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.mariaDb();
        google = new GoogleStub();
        api = new ApiUnderTest(database.settings(), google.settings(), work.resolve("objects"), true, 1000,
                new UploadSettings(2L * 1024 * MiB, 8 * MiB, Duration.ofSeconds(3), Duration.ofMinutes(15)));
        byte[] bytes = new byte[40 * MiB];
        new Random(42).nextBytes(bytes);
        video = Files.write(work.resolve("day.mp4"), bytes);
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
        google.close();
        database.close();
    }

    private static ResumableUploadClient phone(String who) throws Exception {
        String token = api.post("/auth/dev", "{\"email\":\"" + who + "-" + UUID.randomUUID() + "@example.com\"}").body()
                .get("accessToken").asText();
        return new ResumableUploadClient(api.base(), token, 4, 5);
    }

    private static String token(ResumableUploadClient client) throws Exception {
        var field = ResumableUploadClient.class.getDeclaredField("accessToken");
        field.setAccessible(true);
        return (String) field.get(client);
    }

    @Test
    void aPhoneThatLostItsStateResumesFromWhatTheStoreHoldsAndCompletes() throws Exception {
        // A longer session for this test: the shared settings expire sessions after 3 s.
        try (var patient = new ApiUnderTest(database.settings(), google.settings(), work.resolve("objects2"), true, 1000)) {
            String token = patient.post("/auth/dev", "{\"email\":\"resume-" + UUID.randomUUID()
                    + "@example.com\",\"fcmToken\":\"phone-1\",\"platform\":\"ANDROID\"}").body().get("accessToken").asText();
            var phone = new ResumableUploadClient(patient.base(), token, 4, 5);
            String uploadId = phone.initiate(video, LocalDate.of(2026, 11, 1), "video/mp4", 5 * MiB);
            phone.putParts(uploadId, video, List.of(1, 2, 5));

            // The app is reinstalled: all it knows is the uploadId (or it asks for today's upload again).
            var held = phone.status(uploadId);
            assertEquals(8, held.get("partCount").asInt());
            assertEquals(3, held.get("uploadedParts").size());
            cutAPartPutHalfway(phone, patient, uploadId, 3);
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

    /** Sends the head and a fraction of a part's bytes to its presigned URL, then drops the connection. */
    private static void cutAPartPutHalfway(ResumableUploadClient phone, ApiUnderTest on, String uploadId, int partNumber) throws Exception {
        String url = on.send("GET", "/uploads/multi-parts/part?uploadId=" + uploadId + "&partNumber=" + partNumber, null, token(phone))
                .body().get("url").asText();
        URI target = URI.create(url);
        try (Socket socket = new Socket(target.getHost(), target.getPort()); OutputStream out = socket.getOutputStream()) {
            out.write(("PUT " + target.getRawPath() + "?" + target.getRawQuery() + " HTTP/1.1\r\nHost: " + target.getHost() + ":"
                    + target.getPort() + "\r\nContent-Length: " + 5 * MiB + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[MiB]);
            out.flush();
        }
        Thread.sleep(300);
    }

    @Test
    void aWrongEtagIsAnInvalidPartAndNothingIsCreated() throws Exception {
        var phone = phone("etag");
        String uploadId = phone.initiate(video, LocalDate.of(2026, 11, 2), "video/mp4", 8 * MiB);
        phone.putParts(uploadId, video, List.of(1, 2, 3, 4, 5));
        String parts = "[{\"partNumber\":1,\"etag\":\"0123\"},{\"partNumber\":2,\"etag\":\"x\"},{\"partNumber\":3,\"etag\":\"x\"},"
                + "{\"partNumber\":4,\"etag\":\"x\"},{\"partNumber\":5,\"etag\":\"x\"}]";

        var refused = api.send("POST", "/uploads/multi-parts/complete", "{\"uploadId\":\"" + uploadId + "\",\"parts\":" + parts + "}",
                token(phone));

        assertEquals(400, refused.status());
        assertEquals("INVALID_UPLOAD_PART", refused.code());
        assertEquals(5, phone.status(uploadId).get("uploadedParts").size(), "the upload is still there to fix");
    }

    @Test
    void anotherUsersUploadIsNotFoundWhateverTheyTry() throws Exception {
        var owner = phone("owner");
        var stranger = token(phone("stranger"));
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
        assertEquals(200, api.send("GET", "/uploads/multi-parts/" + uploadId, null, token(owner)).status());
    }

    @Test
    void anUploadLeftUnfinishedIsSweptWithItsParts() throws Exception {
        var phone = phone("sweep");
        String uploadId = phone.initiate(video, LocalDate.of(2026, 11, 4), "video/mp4", null);
        phone.putParts(uploadId, video, List.of(1, 2));
        Thread.sleep(3_500);

        api.process().sweepExpiredUploads().sweep();

        var gone = api.send("GET", "/uploads/multi-parts/" + uploadId, null, token(phone));
        assertEquals("UPLOAD_NOT_FOUND", gone.code());
        try (S3Client s3 = S3StorageModule.s3Client(api.s3().settings())) {
            assertTrue(s3.listMultipartUploads(list -> list.bucket("haru")).uploads().isEmpty(), "no parts left in the store");
        }
    }

    @Test
    void badInitiationsAnswerTheContractsCodes() throws Exception {
        String token = token(phone("bad"));
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
}
