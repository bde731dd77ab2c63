package com.harufilm.bootstrap.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What Chromium's MediaRecorder really writes (from its fake camera and microphone: WebM with no
 * duration in its header), uploaded from a page `harufilm dev` serves through the resumable
 * protocol, across origins straight to the store, is encoded by the worker to a playable day of
 * the length recorded.
 */
@Tag("browser")
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RecorderUploadBrowserIT {

    @RegisterExtension
    static final DevServer dev = new DevServer();
    @RegisterExtension
    static final Chromium chromium = new Chromium();

    /** Records for {@code millis}, then initiates, PUTs the one part to its presigned URL and completes. */
    private static final String RECORD_AND_UPLOAD = """
            async ({token, uploadDate, millis}) => {
              const stream = await navigator.mediaDevices.getUserMedia({video: {width: 320, height: 240}, audio: true});
              const recorder = new MediaRecorder(stream);
              const chunks = [];
              recorder.ondataavailable = event => chunks.push(event.data);
              const stopped = new Promise(resolve => recorder.onstop = resolve);
              recorder.start(500);
              await new Promise(resolve => setTimeout(resolve, millis));
              recorder.stop();
              await stopped;
              stream.getTracks().forEach(track => track.stop());
              const recording = new Blob(chunks, {type: recorder.mimeType});

              const api = (path, body) => fetch(path, {method: body ? 'POST' : 'GET', body: body && JSON.stringify(body),
                  headers: {'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json'}}).then(r => r.json());
              const ticket = await api('/uploads/multi-parts/initiate',
                  {uploadDate, fileName: 'recording.webm', contentType: recorder.mimeType, fileSize: recording.size});
              const part = await api(`/uploads/multi-parts/part?uploadId=${ticket.uploadId}&partNumber=1`);
              const put = await fetch(part.url, {method: 'PUT', body: recording});
              const video = await api('/uploads/multi-parts/complete',
                  {uploadId: ticket.uploadId, parts: [{partNumber: 1, etag: put.headers.get('ETag')}]});
              return {mimeType: recorder.mimeType, size: recording.size, videoId: video.videoId};
            }""";

    @Test
    void threeSecondsFromTheCameraBecomeAPlayableDayOfThreeSeconds() throws Exception {
        String token = dev.accessToken("recorder@example.com");
        try (BrowserContext context = chromium.newContext(dev.baseUri())) {
            Page page = context.newPage();
            page.navigate("/docs");
            var traffic = StoreTraffic.of(context);

            @SuppressWarnings("unchecked")
            var recorded = (Map<String, Object>) page.evaluate(RECORD_AND_UPLOAD, Map.of("token", token,
                    "uploadDate", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "millis", 3000));

            assertTrue(String.valueOf(recorded.get("mimeType")).startsWith("video/webm"), recorded.toString());
            assertEquals(Map.of(1, 1), traffic.putsPerPart(), "one PUT across origins to the store, whose ETag the page read");
            JsonNode video = dev.process().awaitVideo(token, (String) recorded.get("videoId"), "COMPLETE", Duration.ofSeconds(120));
            assertEquals(3.0, video.path("durationSec").asDouble(), 0.5, "as long as recorded: " + video);
            assertEquals(List.of(320, 240), List.of(video.path("width").asInt(), video.path("height").asInt()), video.toString());
            assertTrue(video.path("playbackUrl").asText().contains("master.m3u8"), video.toString());
            System.out.println("Chromium recorded " + recorded + "; the worker made " + video.path("renditions"));
        }
    }
}
