package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `harufilm dev` killed (SIGKILL) mid-upload and again mid-encode, restarted on the same data
 * folder each time: the upload resumes from what the store holds, and the video still completes.
 */
@Tag("reliability")
class DevRestartIT {

    private static final int MiB = 1024 * 1024;
    private static final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void anUploadAndAnEncodeCutByAKilledProcessFinishAfterTheRestart() throws Exception {
        Path clip = noisyClip(dataDir.resolveSibling(dataDir.getFileName() + "-clip.mp4"));
        int port = RunningProcess.freePort();
        Map<String, String> env = Map.of("PORT", Integer.toString(port), "HARU_DATA_DIR", dataDir.toString());
        Path logs = dataDir.resolveSibling(dataDir.getFileName() + "-logs");
        String uploadId;
        String token;

        try (var first = RunningProcess.start("dev", env, logs)) {
            first.awaitRunning(Duration.ofSeconds(60));
            token = json.readTree(first.post("/auth/dev", "{\"email\":\"restart@example.com\"}").body()).get("accessToken").asText();
            var phone = new ResumableUploadClient(first.baseUri(), token, 2, 3);
            uploadId = phone.initiate(clip, LocalDate.of(2026, 11, 30), "video/mp4", 5 * MiB);
            phone.putParts(uploadId, clip, List.of(1, 3));
            first.kill();
        }

        String videoId;
        try (var second = RunningProcess.start("dev", env, logs)) {
            second.awaitRunning(Duration.ofSeconds(60));
            var phone = new ResumableUploadClient(second.baseUri(), token, 2, 3);
            assertEquals(List.of(1, 3), phone.status(uploadId).get("uploadedParts").findValuesAsText("partNumber").stream()
                    .map(Integer::parseInt).toList(), "the parts put before the kill are held");
            phone.partPuts.set(0);
            videoId = phone.resume(uploadId, clip).get("videoId").asText();
            assertEquals(2, phone.partPuts.get(), "only the missing parts (2 and 4) were sent");
            second.awaitVideo(token, videoId, "ENCODING", Duration.ofSeconds(60));
            second.kill();
        }

        try (var third = RunningProcess.start("dev", env, logs)) {
            third.awaitRunning(Duration.ofSeconds(60));
            JsonNode video = third.awaitVideo(token, videoId, "COMPLETE", Duration.ofSeconds(180));
            assertTrue(video.path("renditions").size() > 0, video.toString());
            try (Stream<Path> scratch = Files.list(dataDir.resolve("work"))) {
                assertEquals(List.of(), scratch.toList(), "no scratch left from the killed encode or the finished one");
            }
            third.terminate(Duration.ofSeconds(15));
        }
    }

    /** About 19 MB: four parts of 5 MiB, so a kill can fall between them. */
    private static Path noisyClip(Path file) throws Exception {
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=960x540:rate=30",
                "-f", "lavfi", "-i", "sine=frequency=440", "-vf", "noise=alls=30:allf=t", "-t", "3", "-c:v", "libx264",
                "-preset", "ultrafast", "-c:a", "aac", "-pix_fmt", "yuv420p", file.toString()).inheritIO().start();
        assertEquals(0, ffmpeg.waitFor());
        assertTrue(Files.size(file) > 15L * MiB, "big enough for four parts: " + Files.size(file));
        return file;
    }
}
