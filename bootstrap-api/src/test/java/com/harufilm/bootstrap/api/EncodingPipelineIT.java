package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.adapters.media.LocalS3Server;
import com.harufilm.application.testsupport.FaultProxy;
import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.bootstrap.api.reliability.LavfiClip;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole pipeline with real processes: the API and a worker (its own JVM, FFmpeg), RabbitMQ,
 * MariaDB and an S3 server; a clip made by FFmpeg goes up through the API and comes back as HLS.
 */
class EncodingPipelineIT {

    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newHttpClient();
    /** Both processes reach the broker through this proxy, so a test can cut them off it. */
    private static FaultProxy broker;

    @TempDir
    static Path work;

    private static TestDatabase database;
    private static LocalS3Server s3;
    private static RunningProcess api;
    private static final Map<String, String> shared = new HashMap<>();
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.mariaDb();
        broker = new FaultProxy(5672);
        s3 = LocalS3Server.start(work.resolve("objects"), 0, "haru", List.of());
        shared.putAll(Map.of(
                "HARU_RABBITMQ_URI", "amqp://guest:guest@127.0.0.1:" + broker.port() + "/%2F",
                "HARU_RABBITMQ_QUEUE_PREFIX", "it-" + UUID.randomUUID().toString().substring(0, 8) + ".",
                "HARU_S3_ENDPOINT", String.valueOf(s3.settings().endpoint()),
                "HARU_S3_BUCKET", s3.settings().bucket(),
                "HARU_S3_ACCESS_KEY_ID", s3.settings().accessKeyId(),
                "HARU_S3_SECRET_ACCESS_KEY", s3.settings().secretAccessKey()));
        Map<String, String> apiEnv = new HashMap<>(shared);
        apiEnv.putAll(Map.of(
                "PORT", Integer.toString(RunningProcess.freePort()),
                "HARU_DB_URL", database.settings().jdbcUrl(),
                "HARU_DB_USER", database.settings().user(),
                "HARU_DB_PASSWORD", database.settings().password(),
                "HARU_JWT_KEYS", "k1:" + Base64.getEncoder().encodeToString(new byte[32]),
                "HARU_DEV_LOGIN", "true",
                SafetySwitches.NOT_PRODUCTION, "true",
                "HARU_PUSH", "log"));
        api = RunningProcess.start("api", apiEnv, work.resolve("logs"));
        api.awaitRunning(Duration.ofSeconds(60));
        token = json.readTree(api.post("/auth/dev", "{\"email\":\"film-" + UUID.randomUUID() + "@example.com\"}").body())
                .get("accessToken").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        api.terminate(Duration.ofSeconds(20));
        s3.close();
        broker.close();
        database.close();
    }

    private static RunningProcess worker(String name) throws Exception {
        return worker(name, Map.of());
    }

    private static RunningProcess worker(String name, Map<String, String> settings) throws Exception {
        Map<String, String> env = new HashMap<>(shared);
        env.putAll(settings);
        env.put("HARU_WORK_DIR", work.resolve("scratch-" + name).toString());
        RunningProcess worker = RunningProcess.startWorker(env, work.resolve("logs"));
        worker.awaitOutput("worker is consuming", Duration.ofSeconds(60));
        return worker;
    }

    private static Path clip(String name, String size, int seconds) throws Exception {
        return LavfiClip.make(work, name, size, seconds);
    }

    private static String upload(Path file, LocalDate day) throws Exception {
        var phone = new ResumableUploadClient(api.baseUri(), token, 4, 5);
        String uploadId = phone.initiate(file, day, "video/mp4", null);
        return phone.resume(uploadId, file).get("videoId").asText();
    }

    private static JsonNode video(String videoId) throws Exception {
        var response = http.send(HttpRequest.newBuilder(api.baseUri().resolve("/videos/" + videoId))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    private static JsonNode awaitStatus(String videoId, String status, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonNode video = video(videoId);
        while (!video.get("status").asText().equals(status)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("video still " + video + " after " + limit + "\n" + api.log());
            }
            Thread.sleep(250);
            video = video(videoId);
        }
        return video;
    }

    private static HttpResponse<byte[]> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anUploadedClipBecomesAPlayableLadder() throws Exception {
        try (var worker = worker("one")) {
            String videoId = upload(clip("landscape", "1280x720", 5), LocalDate.of(2026, 10, 1));

            JsonNode video = awaitStatus(videoId, "COMPLETE", Duration.ofSeconds(120));

            assertEquals(1280, video.get("width").asInt());
            assertEquals(720, video.get("height").asInt());
            assertTrue(Math.abs(video.get("durationSec").asDouble() - 5) < 0.5, video.toString());
            List<Integer> heights = new ArrayList<>();
            video.get("renditions").forEach(r -> heights.add(r.get("height").asInt()));
            assertEquals(List.of(360, 720), heights, "no upscale beyond the 720p source");
            assertEquals(200, get(URI.create(video.get("thumbnailUrl").asText())).statusCode());

            URI master = URI.create(video.get("playbackUrl").asText());
            String masterText = decodeEveryRendition(master);
            assertTrue(masterText.contains("RESOLUTION=1280x720") && masterText.contains("BANDWIDTH="), masterText);
            long videoRenditions = masterText.lines().filter(line -> line.matches("\\d+p/.*")).count();
            assertEquals(2, videoRenditions, masterText);
            assertEquals(404, get(URI.create(master.toString().replace("signature=", "signature=x"))).statusCode());
        }
    }

    /** Fetches the master and the first segment of every playlist it names, and decodes each; answers the master. */
    private static String decodeEveryRendition(URI master) throws Exception {
        String masterText = new String(get(master).body());
        int playlist = 0;
        for (String line : masterText.split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String rendition = new String(get(master.resolve(line)).body());
                assertTrue(rendition.contains("#EXT-X-ENDLIST"), "a complete VOD playlist: " + rendition);
                String segment = rendition.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElseThrow();
                Path file = Files.write(work.resolve("segment-" + System.nanoTime() + "-" + playlist++ + ".ts"), get(URI.create(segment)).body());
                // Decoding every frame proves the segment plays, not just that it parses.
                Process decode = new ProcessBuilder("ffmpeg", "-v", "error", "-i", file.toString(), "-f", "null", "-")
                        .redirectErrorStream(true).start();
                String errors = new String(decode.getInputStream().readAllBytes());
                assertEquals(0, decode.waitFor(), errors);
                assertTrue(errors.isBlank(), errors);
            }
        }
        return masterText;
    }

    @Test
    void aStandardPhoneClipIsPlayableWhileItEncodesAndThenGetsTheWholeLadder() throws Exception {
        try (var worker = worker("quick")) {
            String videoId = upload(LavfiClip.make(work, "phone", "1080x1920", 12, "-b:v", "8M"), LocalDate.of(2026, 10, 7));

            JsonNode first = awaitFirstPlayable(videoId);
            assertEquals("[{\"width\":1080,\"height\":1920}]", sizesOf(first), "the source's own rendition");
            assertTrue(first.hasNonNull("thumbnailUrl"), first.toString());
            String firstMaster = decodeEveryRendition(URI.create(first.get("playbackUrl").asText()));
            assertTrue(firstMaster.contains("source/index.m3u8") && firstMaster.contains("CODECS=\"avc1."), firstMaster);

            JsonNode complete = awaitStatus(videoId, "COMPLETE", Duration.ofSeconds(180));
            assertEquals("[{\"width\":360,\"height\":640},{\"width\":720,\"height\":1280},{\"width\":1080,\"height\":1920}]",
                    sizesOf(complete));
            String ladder = decodeEveryRendition(URI.create(complete.get("playbackUrl").asText()));
            assertFalse(ladder.contains("source/"), "the source's rendition, cut at other instants, left the master: " + ladder);
            assertEquals(3, ladder.lines().filter(line -> line.matches("\\d+p/.*")).count(), ladder);

            String metrics = api.get("/metrics").body();
            for (String measured : List.of("haru_uploads_total{outcome=\"completed\"}", "haru_video_time_to_playable_seconds_count",
                    "haru_video_time_to_complete_seconds_count", "haru_encode_duration_seconds_count", "haru_encode_duration_seconds_sum")) {
                assertTrue(metric(metrics, measured) > 0, measured + " in:\n" + metrics);
            }
        }
    }

    /** The value of one series on /metrics (the API serves this class's every video, so counts add up across tests). */
    private static double metric(String metrics, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : Double.NaN;
    }

    @Test
    void anHevcClipGetsItsSmallestRungFirstAndThenTheLadder() throws Exception {
        try (var worker = worker("hevc")) {
            String videoId = upload(LavfiClip.make(work, "hevc", "1280x720", 10, "-c:v", "libx265", "-preset", "ultrafast",
                    "-tag:v", "hvc1", "-x265-params", "log-level=error"), LocalDate.of(2026, 10, 8));

            JsonNode first = awaitFirstPlayable(videoId);
            assertEquals("[{\"width\":640,\"height\":360}]", sizesOf(first), "the smallest rung alone, H.264");
            assertTrue(decodeEveryRendition(URI.create(first.get("playbackUrl").asText())).contains("quick/index.m3u8"));

            JsonNode complete = awaitStatus(videoId, "COMPLETE", Duration.ofSeconds(180));
            assertEquals("[{\"width\":640,\"height\":360},{\"width\":1280,\"height\":720}]", sizesOf(complete));
        }
    }

    /**
     * HDR as phones record it (10-bit HEVC, BT.2020, HLG or PQ, white at 100 nits, a white square
     * top-left) comes out of the whole pipeline as 8-bit BT.709 SDR whose white is still white: a
     * washed-out encode (the HDR values coded to 8 bits untouched) measures it grey, 130-161.
     */
    @ParameterizedTest
    @CsvSource({"arib-std-b67, 9", "smpte2084, 10"})
    void anHdrClipIsToneMappedToBt709Sdr(String transfer, int day) throws Exception {
        try (var worker = worker("hdr-" + day)) {
            Path clip = LavfiClip.make(work, "hdr-" + day, "640x360", 3, "-vf",
                    "drawbox=w=iw/8:h=iw/8:color=white:t=fill,format=yuv420p,zscale=tin=bt709:pin=bt709:min=bt709:rin=tv:t=" + transfer
                            + ":p=bt2020:m=bt2020nc:r=tv:npl=100,format=yuv420p10le",
                    "-pix_fmt", "yuv420p10le", "-c:v", "libx265", "-preset", "ultrafast", "-tag:v", "hvc1",
                    "-x265-params", "log-level=error:colorprim=bt2020:transfer=" + transfer + ":colormatrix=bt2020nc",
                    "-color_primaries", "bt2020", "-color_trc", transfer, "-colorspace", "bt2020nc");
            String videoId = upload(clip, LocalDate.of(2026, 10, day));

            JsonNode video = awaitStatus(videoId, "COMPLETE", Duration.ofSeconds(120));

            URI master = URI.create(video.get("playbackUrl").asText());
            String rendition = new String(get(master.resolve(decodeEveryRendition(master).lines()
                    .filter(line -> line.matches("\\d+p/.*")).findFirst().orElseThrow())).body());
            Path segment = Files.write(work.resolve("hdr-" + day + ".ts"), get(URI.create(rendition.lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElseThrow())).body());
            assertEquals("h264,yuv420p,bt709,bt709,bt709", run("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                    "stream=codec_name,pix_fmt,color_space,color_transfer,color_primaries", "-of", "csv=p=0", segment.toString()).lines().findFirst().orElse(""));
            byte[] white = runBytes("ffmpeg", "-v", "error", "-i", segment.toString(), "-frames:v", "1", "-vf", "crop=8:8:36:36,scale=1:1:flags=area",
                    "-f", "rawvideo", "-pix_fmt", "rgb24", "-");
            for (byte channel : white) {
                assertTrue((channel & 0xff) >= 190, "white, not grey: " + (white[0] & 0xff) + "," + (white[1] & 0xff) + "," + (white[2] & 0xff));
            }
        }
    }

    private static String run(String... command) throws Exception {
        return new String(runBytes(command));
    }

    private static byte[] runBytes(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertEquals(0, process.waitFor(), String.join(" ", command));
        return out;
    }

    /** Polls until the video has a playbackUrl, which must come while it is still ENCODING. */
    private static JsonNode awaitFirstPlayable(String videoId) throws Exception {
        JsonNode first = video(videoId);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!first.hasNonNull("playbackUrl") && System.nanoTime() < deadline) {
            assertNotEquals("FAILED", first.get("status").asText(), first.toString());
            Thread.sleep(100);
            first = video(videoId);
        }
        assertEquals("ENCODING", first.get("status").asText(), "playable before the ladder is done: " + first);
        return first;
    }

    private static String sizesOf(JsonNode video) {
        List<String> sizes = new ArrayList<>();
        video.get("renditions").forEach(r -> sizes.add("{\"width\":" + r.get("width").asInt() + ",\"height\":" + r.get("height").asInt() + "}"));
        return "[" + String.join(",", sizes) + "]";
    }

    @Test
    void aWorkerKilledMidEncodeLeavesTheJobToTheNextWhichFinishesIt() throws Exception {
        String videoId;
        try (var doomed = worker("doomed")) {
            videoId = upload(clip("long", "1920x1080", 20), LocalDate.of(2026, 10, 2));
            awaitStatus(videoId, "ENCODING", Duration.ofSeconds(60));
            Thread.sleep(1_500);
            doomed.kill();
        }
        try (var next = worker("next")) {
            JsonNode video = awaitStatus(videoId, "COMPLETE", Duration.ofSeconds(180));
            assertEquals(3, video.get("renditions").size());
            // The worker reports COMPLETE from inside the job and empties its scratch as the job closes, a moment later.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            long left;
            do {
                try (var files = Files.list(work.resolve("scratch-next"))) {
                    left = files.count();
                }
            } while (left > 0 && System.nanoTime() < deadline && sleptBriefly());
            assertEquals(0, left, "the scratch folder is empty after the job");
        }
    }

    private static boolean sleptBriefly() throws InterruptedException {
        Thread.sleep(100);
        return true;
    }

    /** The video's encode_attempts and whether a worker holds it (encode_lease_until set), as the API recorded them. */
    private static String attemptsAndHold(String videoId) throws Exception {
        try (var connection = DriverManager.getConnection(database.settings().jdbcUrl(), database.settings().user(),
                database.settings().password());
             var query = connection.prepareStatement("SELECT encode_attempts, encode_lease_until IS NOT NULL FROM videos WHERE id = ?")) {
            query.setLong(1, Long.parseLong(videoId));
            try (var row = query.executeQuery()) {
                row.next();
                return row.getInt(1) + " attempts, " + (row.getBoolean(2) ? "held" : "not held");
            }
        }
    }

    @Test
    void aSigtermedWorkerGivesItsEncodeBackUnchargedAndTheNextWorkerFinishesIt() throws Exception {
        String videoId;
        try (var stopping = worker("stopping", Map.of("HARU_SHUTDOWN_GRACE_MS", "500"))) {
            videoId = upload(clip("stopped", "1920x1080", 20), LocalDate.of(2026, 10, 6));
            awaitStatus(videoId, "ENCODING", Duration.ofSeconds(60));
            Thread.sleep(1_500);

            assertEquals(0, stopping.terminate(Duration.ofSeconds(30)), stopping.log());
            try (var left = Files.list(work.resolve("scratch-stopping"))) {
                assertEquals(0, left.count(), "the stopped worker left no scratch files");
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!attemptsAndHold(videoId).equals("0 attempts, not held") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals("0 attempts, not held", attemptsAndHold(videoId), "the interrupted attempt is given back, with the hold");
        try (var next = worker("after-stop")) {
            JsonNode video = awaitStatus(videoId, "COMPLETE", Duration.ofSeconds(180));
            assertEquals(3, video.get("renditions").size());
            assertTrue(attemptsAndHold(videoId).startsWith("1 attempts"), "only the finished attempt counts: " + attemptsAndHold(videoId));
        }
    }

    @Test
    void jobsInFlightSurviveTheBrokerGoingAwayAndComingBack() throws Exception {
        try (var worker = worker("cut")) {
            String videoId = upload(clip("cut", "1280x720", 8), LocalDate.of(2026, 10, 4));
            awaitStatus(videoId, "ENCODING", Duration.ofSeconds(60));

            broker.cut(Duration.ofSeconds(6));

            JsonNode video = awaitStatus(videoId, "COMPLETE", Duration.ofSeconds(180));
            assertEquals(2, video.get("renditions").size());
        }
    }

    @Test
    void aStoreAwayForTwentySecondsMidEncodeIsWaitedOutAndTheVideoCompletes() throws Exception {
        try (var store = new FaultProxy(s3.settings().endpoint().getPort());
             var worker = worker("patient", Map.of("HARU_S3_ENDPOINT", "http://127.0.0.1:" + store.port()))) {
            String videoId = upload(clip("away", "1280x720", 8), LocalDate.of(2026, 10, 5));
            awaitStatus(videoId, "ENCODING", Duration.ofSeconds(60));

            // Longer than the three deliveries' backoffs together (1 + 2 + 4 s): without waiting it out, the video would be FAILED.
            store.cut(Duration.ofSeconds(20));

            JsonNode video = awaitStatus(videoId, "COMPLETE", Duration.ofSeconds(180));
            assertEquals(2, video.get("renditions").size());
            assertTrue(worker.log().contains("trying again in"), "the worker waited for the store:\n" + worker.log());
        }
    }

    @Test
    void aFileThatIsNotAVideoFailsWithAReasonForTheUser() throws Exception {
        try (var worker = worker("bytes")) {
            Path junk = Files.write(work.resolve("junk.mp4"), new byte[6 * 1024 * 1024]);
            String videoId = upload(junk, LocalDate.of(2026, 10, 3));

            JsonNode video = awaitStatus(videoId, "FAILED", Duration.ofSeconds(60));

            assertTrue(video.get("failureReason").asText().length() > 5, video.toString());
            assertTrue(video.path("playbackUrl").isMissingNode());
        }
    }
}
