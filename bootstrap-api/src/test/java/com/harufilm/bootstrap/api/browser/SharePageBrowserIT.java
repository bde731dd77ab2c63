package com.harufilm.bootstrap.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.bootstrap.api.reliability.LavfiClip;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A share link opened by someone who is not signed in, in Debian's Chromium (hls.js, as in any
 * browser without native HLS): the page plays the day, its segments come from the store, and once
 * revoked the same address shows the page of an ended link.
 */
@Tag("browser")
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SharePageBrowserIT {

    @RegisterExtension
    static final DevServer dev = new DevServer();
    @RegisterExtension
    static final Chromium chromium = new Chromium();
    private static final Screenshots screenshots = Screenshots.of(SharePageBrowserIT.class);
    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path work;

    @Test
    void aSharedDayPlaysForAnyoneUntilItsLinkIsRevoked() throws Exception {
        String token = dev.accessToken("sharer-" + UUID.randomUUID() + "@example.com");
        Path clip = LavfiClip.make(work, "day", "320x240", 2);
        String videoId = dev.completeVideo(token, LocalDate.now().minusDays(1), clip).get("videoId").asText();
        JsonNode share = call("POST", "/videos/" + videoId + "/shares", "{\"expiresInHours\":2}", token);
        URI link = URI.create(share.get("url").asText());

        try (BrowserContext stranger = chromium.newPhoneContext(dev.baseUri())) {
            Page page = stranger.newPage();
            List<String> requested = new CopyOnWriteArrayList<>();
            page.onRequest((Request request) -> requested.add(request.url()));
            page.navigate(link.toString());

            assertTrue(page.locator("meta[property='og:image']").getAttribute("content").endsWith(link.getPath() + "/thumbnail.jpg"));
            assertTrue(page.locator("meta[property='og:video']").getAttribute("content").endsWith(link.getPath() + "/master.m3u8"));
            page.locator("#player").evaluate("video => { video.muted = true; return video.play(); }");
            page.waitForFunction("() => document.getElementById('player').currentTime > 0.5");
            screenshots.save(page, "share-page");
            AxeCheck.assertNoSeriousViolations(page);

            String store = requested.stream().filter(url -> url.contains(".ts") || url.contains(".m4s")).findFirst()
                    .orElseThrow(() -> new AssertionError("no segment was fetched: " + requested));
            assertFalse(store.startsWith(dev.baseUri().toString()), "segments come from the store, not the API: " + store);
            assertFalse(page.content().contains("sharer-"), "the page names nobody");

            call("DELETE", "/shares/" + share.get("shareId").asText(), null, token);
            var ended = page.navigate(link.toString());

            assertEquals(404, ended.status());
            assertTrue(page.locator("h1").textContent().contains("cannot be opened"), page.content());
            screenshots.save(page, "share-ended");
            AxeCheck.assertNoSeriousViolations(page);
        }
        JsonNode video = call("GET", "/videos/" + videoId + "/shares", null, token);
        assertEquals(0, video.get("shares").size());
    }

    private static JsonNode call(String method, String path, String body, String token) throws Exception {
        var request = HttpRequest.newBuilder(dev.baseUri().resolve(path)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() < 300, method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }
}
