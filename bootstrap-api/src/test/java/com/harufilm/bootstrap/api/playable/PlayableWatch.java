package com.harufilm.bootstrap.api.playable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.bootstrap.api.ResumableUploadClient;
import com.harufilm.bootstrap.api.reliability.StackUnderTest;
import com.harufilm.domain.upload.PartPlan;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One clip through the real API and worker, as a phone and then a viewer see it: a user signs in,
 * uploads the clip with the resumable protocol, and from the complete-upload answer polls the
 * video until a {@code playbackUrl} whose first segment decodes, then until COMPLETE.
 */
final class PlayableWatch {

    /** Times in seconds from the complete-upload answer; CPU of the worker and API from just before it until the worker's stage line. */
    record Observation(String videoId, Instant completedUploadAt, double firstPlayableSec, String firstStreamInf, String statusAtFirst,
                       double decodeCheckSec, double completeSec, ProcessCpu workerCpu, ProcessCpu apiCpu, StageLine stages) {
    }

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration PATIENCE = Duration.ofMinutes(15);
    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final StackUnderTest stack;
    private final Path scratch;

    PlayableWatch(StackUnderTest stack, Path scratch) {
        this.stack = stack;
        this.scratch = scratch;
    }

    Observation watch(BenchClips.Clip clip, String userName) throws Exception {
        String token = call("POST", "/auth/dev", "{\"email\":\"" + userName + "@example.com\",\"fcmToken\":\"" + userName
                + "-phone\",\"platform\":\"ANDROID\"}", null).get("accessToken").asText();
        var phone = new ResumableUploadClient(stack.api(), token, 4, 5, (call, status, body) -> { });
        String uploadId = phone.initiate(clip.file(), LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(1), "video/mp4", 8 * PartPlan.MiB);
        phone.putMissingParts(uploadId, clip.file());

        long workerPid = stack.workers().getFirst().pid();
        long apiPid = stack.apiProcess().pid();
        ProcessCpu workerBefore = ProcessCpu.of(workerPid);
        ProcessCpu apiBefore = ProcessCpu.of(apiPid);
        String videoId = phone.resume(uploadId, clip.file()).get("videoId").asText();
        long completed = System.nanoTime();
        Instant completedAt = Instant.now();

        double first = -1;
        double complete = -1;
        double decodeCheck = 0;
        String streamInf = "";
        String statusAtFirst = "";
        while (true) {
            JsonNode video = call("GET", "/videos/" + videoId, null, token);
            long answered = System.nanoTime();
            String status = video.get("status").asText();
            if (status.equals("FAILED")) {
                throw new IllegalStateException(clip.name() + ": video " + videoId + " FAILED: " + video.path("failureReason").asText());
            }
            if (first < 0 && video.hasNonNull("playbackUrl")) {
                try {
                    var fetched = FirstSegment.fetch(URI.create(video.get("playbackUrl").asText()), scratch.resolve(clip.name() + "-first.ts"));
                    long checking = System.nanoTime();
                    if (FirstSegment.decodes(fetched.segment())) {
                        first = (fetched.arrivedAtNanos() - completed) / 1e9;
                        decodeCheck = (System.nanoTime() - checking) / 1e9;
                        streamInf = fetched.streamInf();
                        statusAtFirst = status;
                    } else {
                        System.out.println("  " + clip.name() + ": the first segment behind playbackUrl does not decode yet; polling on");
                    }
                } catch (IOException notYet) {
                    System.out.println("  " + clip.name() + ": playbackUrl not fetchable yet (" + notYet.getMessage() + "); polling on");
                }
            }
            if (status.equals("COMPLETE") && complete < 0) {
                complete = (answered - completed) / 1e9;
            }
            if (complete >= 0 && first >= 0) {
                StageLine stages = StageLine.await(stack.workers().getFirst().log(), videoId, Duration.ofSeconds(30));
                return new Observation(videoId, completedAt, first, streamInf, statusAtFirst, decodeCheck, complete,
                        ProcessCpu.of(workerPid).since(workerBefore), ProcessCpu.of(apiPid).since(apiBefore), stages);
            }
            if (System.nanoTime() - completed > PATIENCE.toNanos()) {
                throw new IllegalStateException(clip.name() + ": video " + videoId + " still " + status + " after " + PATIENCE);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private JsonNode call(String method, String path, String body, String token) throws Exception {
        var request = HttpRequest.newBuilder(stack.api().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
