package com.harufilm.bootstrap.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.bootstrap.api.GoogleStub;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The "Sign in with Google" button of a server with a Google client (here a stub of Google's
 * sign-in page, token endpoint and keys): the code flow with PKCE through the browser, the user's
 * refusal, a forged return; and the signed-in pages at a phone's width.
 */
@Tag("browser")
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class GoogleSignInBrowserIT {

    private static final GoogleStub google = new GoogleStub();
    @RegisterExtension
    static final DevServer dev = new DevServer(google.env());
    @RegisterExtension
    static final Chromium chromium = new Chromium();
    private static final Screenshots screenshots = Screenshots.of(GoogleSignInBrowserIT.class);

    @AfterAll
    static void stopGoogle() {
        google.close();
    }

    @Test
    void googleSignsTheUserInWithPkceInTheLanguageTheyPicked() throws Exception {
        google.signsInAs("browser-code", "google-browser-1", "browser@example.com");
        try (BrowserContext context = chromium.newPhoneContext(dev.baseUri())) {
            Page page = context.newPage();
            page.navigate("/");
            page.locator("#signin-locale").selectOption("ko");
            page.locator("#signin-google").click();
            page.locator("#signout").waitFor();

            Map<String, String> visit = google.lastSignInQuery();
            Map<String, String> trade = google.lastTokenRequest();
            assertEquals(GoogleStub.CLIENT_ID, visit.get("client_id"));
            assertEquals("code", visit.get("response_type"));
            assertEquals("S256", visit.get("code_challenge_method"));
            assertEquals(visit.get("code_challenge"), challengeOf(trade.get("code_verifier")), "the API traded the code with the verifier of the challenge");
            assertEquals(dev.baseUri() + "/", visit.get("redirect_uri"));
            assertEquals(visit.get("redirect_uri"), trade.get("redirect_uri"));
            assertEquals("browser-code", trade.get("code"));
            assertFalse(page.url().contains("code="), "the code left the address bar: " + page.url());
            assertEquals("ko", page.locator("html").getAttribute("lang"));
            String me = dev.process().get("/users/me", WebClient.accessToken(page)).body();
            assertTrue(me.contains("browser@example.com") && me.contains("\"locale\":\"ko\""), me);

            for (String route : new String[] {"calendar", "upload", "settings", "day/2026-01-15"}) {
                page.navigate("/#/" + route);
                page.locator(".view > *").first().waitFor();
                page.waitForLoadState();
                WebClient.assertFitsTheWidth(page, route);
                screenshots.save(page, "phone-" + route.replace('/', '-'));
                AxeCheck.assertNoSeriousViolations(page);
            }
        }
    }

    @Test
    void aRefusedOrForgedReturnLeavesTheUserSignedOutWithAReason() {
        google.refusesSignIn();
        try (BrowserContext context = chromium.newContext(dev.baseUri())) {
            Page page = context.newPage();
            page.navigate("/");
            page.locator("#signin-locale").selectOption("en");
            page.locator("#signin-google").click();
            page.waitForFunction("() => document.getElementById('error').textContent === 'Google sign-in was cancelled.'");
            assertTrue(page.locator("#signin-google").isVisible());
            screenshots.save(page, "signin-google-cancelled");
            AxeCheck.assertNoSeriousViolations(page);

            // A return this tab never started (a code pushed at the user by someone else) is refused before the API sees it.
            int trades = google.tokenRequests();
            page.navigate("/?code=someone-elses&state=forged");
            page.waitForFunction("() => document.getElementById('error').textContent === 'Google sign-in failed.'");
            assertEquals(trades, google.tokenRequests());
            assertFalse(page.url().contains("someone-elses"), page.url());
            assertTrue(page.locator("#signin-google").isVisible());
        }
    }

    private static String challengeOf(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
