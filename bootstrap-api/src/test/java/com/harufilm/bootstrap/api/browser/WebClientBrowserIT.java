package com.harufilm.bootstrap.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.bootstrap.api.reliability.LavfiClip;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web client as a person uses it, in Debian's Chromium: sign in, upload a clip through the
 * file input until it plays, find it on the calendar beside a past day on this day and among the
 * memories, play, seek by a timestamp and delete it, share the day with a stranger (the link
 * copied) and revoke it, change the settings and speak Korean, delete the day. Each page is
 * photographed and checked by axe. Also: signing in and reaching a day by keyboard alone with the
 * focus always drawn, a page that loads late never covering the one the person moved on to, and
 * an account deleted elsewhere ending the browser's login with the reason said.
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
    private static final ObjectMapper json = new ObjectMapper();

    @TempDir
    static Path work;

    @Test
    void aDayIsUploadedPlayedSharedAndDeletedFromTheBrowser() throws Exception {
        Path clip = LavfiClip.make(work, "day", "320x240", 3);
        try (BrowserContext context = chromium.newContext(dev.baseUri())) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
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
            String videoId = dev.process().awaitVideo(WebClient.accessToken(page), videoIdOn(date, page), "COMPLETE", ENCODING).get("videoId").asText();
            // A day four years ago (a 29 February has one too), filmed from a phone: it comes back on this day and as a memory.
            String past = LocalDate.parse(date).minusYears(4).toString();
            dev.completeVideo(WebClient.accessToken(page), LocalDate.parse(past), LavfiClip.make(work, "past", "320x240", 1));

            page.navigate("/#/calendar");
            Locator cell = page.locator("a.day-cell[data-date='" + date + "']");
            assertEquals("COMPLETE", cell.getAttribute("data-status"));
            cell.locator("img.day-thumb").waitFor();
            page.locator("#on-this-day a[href='#/day/" + past + "'] img").waitFor();
            page.locator("#memories a[href='#/day/" + past + "']").waitFor();
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
            page.locator("button.share-copy").click();
            page.getByText("Link copied").waitFor();
            assertEquals(link, page.evaluate("() => navigator.clipboard.readText()"));
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
            page.getByLabel("Delete timestamp the end").click();
            stamp.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
            assertEquals(0, json.readTree(dev.process().get("/videos/" + videoId, WebClient.accessToken(page)).body()).get("timestamps").size());

            page.navigate("/#/settings");
            // Tokyo keeps Seoul's date, so the day's date stays today's.
            page.getByLabel("Time zone").selectOption("Asia/Tokyo");
            page.getByLabel("Reminder time").fill("21:30");
            page.getByLabel("Daily reminder").uncheck();
            page.getByLabel("Language").selectOption("ko");
            page.locator("#settings-save").click();
            page.waitForFunction("() => document.getElementById('settings-save')?.textContent === '설정 저장'");
            assertEquals("ko", page.locator("html").getAttribute("lang"));
            JsonNode me = json.readTree(dev.process().get("/users/me", WebClient.accessToken(page)).body());
            assertEquals(List.of("Asia/Tokyo", "21:30", "false", "ko"),
                    List.of(me.get("timezone").asText(), me.get("reminderTime").asText(), me.get("remindersEnabled").asText(), me.get("locale").asText()));
            check(page, "settings-ko");

            page.navigate("/#/day/" + date);
            page.onDialog(dialog -> dialog.accept());
            page.locator("#video-delete").click();
            page.waitForURL("**/#/calendar");
            page.locator("#month-title").waitFor();
            assertEquals(null, page.locator("a.day-cell[data-date='" + date + "']").getAttribute("data-status"), "the day is empty again");
            assertEquals(404, dev.process().get("/videos/" + videoId, WebClient.accessToken(page)).statusCode());
        }
    }

    @Test
    void aPageStillLoadingWhenThePersonMovesOnNeverCoversTheNextOne() {
        try (BrowserContext context = chromium.newContext(dev.baseUri())) {
            Page page = context.newPage();
            List<Route> calendarReads = new ArrayList<>();
            page.route(url -> url.contains("/videos?month="), calendarReads::add);
            WebClient.signIn(page, "late-" + UUID.randomUUID() + "@example.com");
            page.waitForCondition(() -> !calendarReads.isEmpty());

            WebClient.openUpload(page);
            Response late = page.waitForResponse(response -> response.url().contains("/videos?month="),
                    () -> calendarReads.forEach(Route::resume));
            late.finished();
            page.evaluate("() => new Promise(done => setTimeout(done, 300))"); // time for the calendar to draw, were it to

            assertEquals(1, page.locator("#upload-file").count(), "the upload page stays");
            assertEquals(0, page.locator("#month-title").count(), "the calendar that came late is not shown");
        }
    }

    @Test
    void someoneOnTheKeyboardAloneSignsInAndReachesADayWithTheFocusAlwaysInSight() {
        try (BrowserContext context = chromium.newContext(dev.baseUri())) {
            Page page = context.newPage();
            page.navigate("/");
            page.locator("#signin-email").waitFor();
            tabTo(page, "#signin-email");
            page.keyboard().type("keys-" + UUID.randomUUID() + "@example.com");
            tabTo(page, "#signin-name");
            page.keyboard().type("Keys");
            page.keyboard().press("Enter");
            page.locator("#month-title").waitFor();

            tabTo(page, "a.day-cell[aria-current='date']");
            String today = (String) page.evaluate("() => document.activeElement.dataset.date");
            screenshots.save(page, "keyboard-focus");
            page.keyboard().press("Enter");
            page.locator("#day-empty").waitFor();
            tabTo(page, "a[href='#/upload/" + today + "']");
            page.keyboard().press("Enter");
            assertEquals(today, page.locator("#upload-date").inputValue());
        }
    }

    /** Presses Tab until the element matching {@code selector} has the focus, checking that every focus on the way is drawn. */
    private static void tabTo(Page page, String selector) {
        for (int presses = 0; presses < 60; presses++) {
            page.keyboard().press("Tab");
            Map<?, ?> focus = (Map<?, ?>) page.evaluate("""
                    selector => { const at = document.activeElement, style = getComputedStyle(at);
                                  return { element: at.outerHTML.slice(0, 100), matches: at.matches(selector),
                                           drawn: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 }; }""", selector);
            assertEquals(true, focus.get("drawn"), "no visible focus on " + focus.get("element"));
            if (Boolean.TRUE.equals(focus.get("matches"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    @Test
    void anAccountDeletedFromThePhoneEndsTheBrowsersLoginWithAReason() throws Exception {
        try (BrowserContext context = chromium.newContext(dev.baseUri())) {
            Page page = context.newPage();
            WebClient.signIn(page, "gone-" + UUID.randomUUID() + "@example.com");
            page.locator("#month-title").waitFor();

            assertEquals(204, dev.process().delete("/users/me", WebClient.accessToken(page)).statusCode());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Settings").setExact(true)).click();

            page.locator("#signin-email").waitFor();
            assertEquals("#/signin", page.evaluate("() => location.hash"));
            assertEquals(true, page.evaluate("() => localStorage.getItem('haru.tokens') === null && localStorage.getItem('haru.user') === null"));
            assertEquals("This account no longer exists. Sign in to start again.", page.locator("#error").textContent());
            assertTrue(page.locator("#nav").isHidden(), "no signed-in navigation is left");
        }
    }

    private static void check(Page page, String name) {
        screenshots.save(page, name);
        AxeCheck.assertNoSeriousViolations(page);
    }

    private static String videoIdOn(String date, Page page) throws Exception {
        return json.readTree(dev.process().get("/videos/by-date/" + date, WebClient.accessToken(page)).body()).get("videoId").asText();
    }
}
