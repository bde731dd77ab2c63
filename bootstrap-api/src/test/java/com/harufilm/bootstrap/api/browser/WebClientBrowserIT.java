package com.harufilm.bootstrap.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.bootstrap.api.reliability.LavfiClip;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web client as a person uses it, in Debian's Chromium: sign in, upload a clip through the
 * file input until it plays, find it on the calendar, play and seek by a timestamp, share the day
 * with a stranger and revoke it, speak Korean, delete the day. Each page is photographed and
 * checked by axe.
 */
@Tag("browser")
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class WebClientBrowserIT {

    @RegisterExtension
    static final DevServer dev = new DevServer();
    @RegisterExtension
    static final Chromium chromium = new Chromium();
    private static final Screenshots screenshots = Screenshots.of(WebClientBrowserIT.class);
    private static final Duration ENCODING = Duration.ofSeconds(90);

    @TempDir
    static Path work;

    @Test
    void aDayIsUploadedPlayedSharedAndDeletedFromTheBrowser() throws Exception {
        Path clip = LavfiClip.make(work, "day", "320x240", 3);
        try (BrowserContext context = chromium.newContext(dev.baseUri())) {
            Page page = context.newPage();
            page.navigate("/");
            page.getByLabel("Email").fill("web-" + UUID.randomUUID() + "@example.com");
            page.getByLabel("Name").fill("Web");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.locator("#month-title").waitFor();
            check(page, "calendar-empty");

            page.navigate("/#/upload");
            String date = page.locator("#upload-date").inputValue();
            page.locator("#upload-file").setInputFiles(clip);
            check(page, "upload");
            page.locator("#upload-start").click();
            page.waitForURL("**/#/day/" + date, new Page.WaitForURLOptions().setTimeout(ENCODING.toMillis()));
            // The day's page follows the encoding by itself: its share links appear once it is COMPLETE, without a reload.
            page.locator("#share-create").waitFor(new Locator.WaitForOptions().setTimeout(ENCODING.toMillis()));
            String videoId = dev.process().awaitVideo(accessToken(page), videoIdOn(date, page), "COMPLETE", ENCODING).get("videoId").asText();

            page.navigate("/#/calendar");
            Locator cell = page.locator("a.day-cell[data-date='" + date + "']");
            assertEquals("COMPLETE", cell.getAttribute("data-status"));
            cell.locator("img.day-thumb").waitFor();
            check(page, "calendar");

            cell.click();
            Locator player = page.locator("#player");
            player.evaluate("video => { video.muted = true; return video.play(); }");
            page.waitForFunction("() => document.getElementById('player').currentTime > 0.5");
            player.evaluate("video => { video.pause(); video.currentTime = 2; }");
            page.waitForFunction("() => !document.getElementById('player').seeking");
            page.getByLabel("Timestamp label").fill("the end");
            page.locator("#timestamp-add").click();
            Locator stamp = page.locator("button.timestamp-seek", new Page.LocatorOptions().setHasText("the end"));
            stamp.waitFor();
            player.evaluate("video => { video.currentTime = 0; }");
            stamp.click();
            page.waitForFunction("() => Math.abs(document.getElementById('player').currentTime - 2) < 0.3");

            page.locator("#share-create").click();
            Locator url = page.locator("input.share-url");
            url.waitFor();
            String link = url.inputValue();
            check(page, "day");
            page.setViewportSize(375, 812);
            WebClient.assertFitsTheWidth(page, "the day's page");
            screenshots.save(page, "day-phone");
            page.setViewportSize(1280, 800);
            try (BrowserContext stranger = chromium.newPhoneContext(dev.baseUri())) {
                Page shared = stranger.newPage();
                shared.navigate(link);
                shared.locator("#player").evaluate("video => { video.muted = true; return video.play(); }");
                shared.waitForFunction("() => document.getElementById('player').currentTime > 0.5");
                page.locator("button.share-revoke").click();
                url.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
                assertEquals(404, shared.navigate(link).status());
            }

            page.navigate("/#/settings");
            page.getByLabel("Language").selectOption("ko");
            page.locator("#settings-save").click();
            page.waitForFunction("() => document.getElementById('settings-save')?.textContent === '설정 저장'");
            assertEquals("ko", page.locator("html").getAttribute("lang"));
            check(page, "settings-ko");

            page.navigate("/#/day/" + date);
            page.onDialog(dialog -> dialog.accept());
            page.locator("#video-delete").click();
            page.waitForURL("**/#/calendar");
            page.locator("#month-title").waitFor();
            assertEquals(null, page.locator("a.day-cell[data-date='" + date + "']").getAttribute("data-status"), "the day is empty again");
            assertEquals(404, dev.process().get("/videos/" + videoId, accessToken(page)).statusCode());
        }
    }

    private static void check(Page page, String name) {
        screenshots.save(page, name);
        AxeCheck.assertNoSeriousViolations(page);
    }

    private static String accessToken(Page page) throws Exception {
        return new ObjectMapper().readTree((String) page.evaluate("() => localStorage.getItem('haru.tokens')")).get("accessToken").asText();
    }

    private static String videoIdOn(String date, Page page) throws Exception {
        return new ObjectMapper().readTree(dev.process().get("/videos/by-date/" + date, accessToken(page)).body()).get("videoId").asText();
    }
}
