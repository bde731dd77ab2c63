package com.harufilm.bootstrap.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

/** The web client as a person meets it, by the ids its pages keep stable (see docs of the client's pages). */
public final class WebClient {

    private WebClient() {
    }

    /** Opens {@code /}, signs in with dev login as {@code email} in English, and waits until the client shows it signed in. */
    public static void signIn(Page page, String email) {
        page.navigate("/");
        // Picking the language redraws the form in it, so it comes before the typing.
        page.locator("#signin-locale").selectOption("en");
        page.locator("#signin-email").fill(email);
        page.locator("#signin-name").fill("Tester");
        page.locator("#signin-submit").click();
        page.locator("#signout").waitFor();
    }

    /** Follows the nav's "Upload" link and waits for the file picker. */
    public static void openUpload(Page page) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upload").setExact(true)).click();
        page.locator("#upload-file").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
    }

    /** Fails when {@code what}, the page now shown, is wider than the viewport (scrolls sideways). */
    public static void assertFitsTheWidth(Page page, String what) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertEquals(0, ((Number) overflow).intValue(), what + " scrolls sideways at " + page.viewportSize().width + " px");
    }

    /** The access token the client keeps, for checks made beside the browser against the API. */
    public static String accessToken(Page page) {
        return (String) page.evaluate("() => JSON.parse(localStorage.getItem('haru.tokens')).accessToken");
    }
}
