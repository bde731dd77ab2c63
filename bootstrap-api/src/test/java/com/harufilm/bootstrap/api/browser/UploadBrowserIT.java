package com.harufilm.bootstrap.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.bootstrap.api.reliability.LavfiClip;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web client's resumable upload under faults, counted at the store: a network cut between
 * two parts and a reload mid-upload each end in a playable day without a stored part sent again;
 * a few seconds from the camera upload and encode the same way.
 */
@Tag("browser")
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class UploadBrowserIT {

    @RegisterExtension
    static final DevServer dev = new DevServer();
    @RegisterExtension
    static final Chromium chromium = new Chromium();
    private static final Screenshots screenshots = Screenshots.of(UploadBrowserIT.class);
    private static final ObjectMapper json = new ObjectMapper();
    private static final int MiB = 1024 * 1024;
    private static final Page.WaitForConditionOptions ROUTED_PARTS = new Page.WaitForConditionOptions().setTimeout(60_000);

    @TempDir
    static Path work;
    private static Path clip;

    /** About 19 MB of noise: four parts of 5 MiB, so a fault can fall between them. */
    @BeforeAll
    static void makeClip() throws Exception {
        clip = LavfiClip.make(work, "day", "960x540", 3, "-vf", "noise=alls=30:allf=t");
        assertTrue(Files.size(clip) > 15L * MiB, "big enough for four parts: " + Files.size(clip));
    }

    @Test
    void aNetworkCutBetweenPartsEndsInAPlayableDayWithNoStoredPartSentAgain() throws Exception {
        try (BrowserContext context = chromium.newContext(dev.baseUri())) {
            Page page = onTheUploadPage(context, "cut@example.com");
            Fault fault = uploadTheClipUntilOnePartIsStored(context, page);
            context.setOffline(true);
            fault.valve().cut();

            page.locator("#upload-status").getByText("Waiting for the network").waitFor();
            screenshots.save(page, "offline");
            context.setOffline(false);

            JsonNode video = awaitPlayableDay(page, "day-after-cut");
            fault.assertNoStoredPartSentAgain();
            assertEquals(List.of(1, 2, 3, 4), List.copyOf(fault.traffic().putsPerPart().keySet()));
            assertEquals(3.0, video.path("durationSec").asDouble(), 0.2, video.toString());
        }
    }

    @Test
    void aReloadMidUploadResumesWithTheSameFileAndSendsNoStoredPartAgain() throws Exception {
        try (BrowserContext context = chromium.newContext(dev.baseUri())) {
            Page page = onTheUploadPage(context, "reload@example.com");
            Fault fault = uploadTheClipUntilOnePartIsStored(context, page);
            fault.valve().release();
            page.reload();

            page.locator("#resume-note").waitFor();
            screenshots.save(page, "resume-note");
            page.locator("#upload-file").setInputFiles(clip);

            awaitPlayableDay(page, "day-after-reload");
            fault.assertNoStoredPartSentAgain();
        }
    }

    @Test
    void threeSecondsRecordedFromTheCameraUploadAndPlay() throws Exception {
        try (BrowserContext context = chromium.newContext(dev.baseUri())) {
            Page page = onTheUploadPage(context, "camera@example.com");

            page.locator("#record-start").click();
            page.waitForTimeout(3_000);
            screenshots.save(page, "recording");
            page.locator("#record-stop").click();

            JsonNode video = awaitPlayableDay(page, "day-recorded");
            assertEquals(3.0, video.path("durationSec").asDouble(), 1.0, "about as long as recorded: " + video);
            page.locator("#player").evaluate("video => { video.muted = true; return video.play(); }");
            page.waitForFunction("() => document.getElementById('player').currentTime > 0.5");
            screenshots.save(page, "day-recorded-playing");
        }
    }

    private static Page onTheUploadPage(BrowserContext context, String email) {
        Page page = context.newPage();
        WebClient.signIn(page, email);
        WebClient.openUpload(page);
        return page;
    }

    /**
     * The moment of a fault: the store holds one part (whichever of the parallel parts got through
     * first) and the valve holds back the others in flight.
     */
    private record Fault(StoreTraffic traffic, PartValve valve, int storedPart) {

        void assertNoStoredPartSentAgain() {
            assertEquals(List.of(), traffic.partsSentAgain(), "puts per part: " + traffic.putsPerPart());
            assertEquals(1, traffic.putsPerPart().get(storedPart), "the part stored before the fault went once");
        }
    }

    private static Fault uploadTheClipUntilOnePartIsStored(BrowserContext context, Page page) {
        var traffic = StoreTraffic.of(context);
        var valve = PartValve.letThrough(context, 1);
        page.locator("#upload-file").setInputFiles(clip);
        page.locator("#upload-start").click();
        try {
            page.waitForCondition(() -> traffic.storedParts().size() == 1 && valve.holding() > 0, ROUTED_PARTS);
        } catch (TimeoutError e) {
            screenshots.save(page, "no-fault-moment");
            throw new AssertionError("not one part stored and the others held: stored " + traffic.storedParts() + ", puts "
                    + traffic.putsPerPart() + ", held " + valve.holding() + ", the page says '" + page.locator("main").innerText() + "'", e);
        }
        return new Fault(traffic, valve, traffic.storedParts().iterator().next());
    }

    /**
     * Waits (encoding included) until the client has gone to the day's page by itself, then for
     * the API's COMPLETE; returns the video as the API shows it.
     */
    private static JsonNode awaitPlayableDay(Page page, String screenshot) throws Exception {
        page.waitForURL(Pattern.compile(".*#/day/\\d{4}-\\d{2}-\\d{2}$"), new Page.WaitForURLOptions().setTimeout(150_000));
        String date = page.url().substring(page.url().lastIndexOf('/') + 1);
        String token = WebClient.accessToken(page);
        String videoId = json.readTree(dev.process().get("/videos/by-date/" + date, token).body()).path("videoId").asText();
        JsonNode video = dev.process().awaitVideo(token, videoId, "COMPLETE", Duration.ofSeconds(120));
        page.reload();
        page.locator("#player").waitFor();
        screenshots.save(page, screenshot);
        return video;
    }
}
