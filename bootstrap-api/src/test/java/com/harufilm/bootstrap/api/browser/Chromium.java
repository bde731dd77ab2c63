package com.harufilm.bootstrap.api.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium, headless, driven by Playwright for the test class that registers it
 * ({@code @RegisterExtension static final Chromium chromium = new Chromium();}). Playwright never
 * downloads a browser of its own: CI installs /usr/bin/chromium with apt-get, and a machine
 * without it fails the browser tests rather than skipping them.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    /** The fake camera and microphone answer getUserMedia without a prompt, so recording can be tested. */
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream");
    /** Each wait of a test is bounded well under the test's own timeout. */
    private static final double TIMEOUT_MILLIS = 15_000;

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new AssertionError(EXECUTABLE + " is missing: the browser tests drive Debian's Chromium"
                    + " (apt-get install chromium; .ci/run installs it)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS));
    }

    /** A fresh context (no cookies, no localStorage) whose relative URLs resolve against {@code base}. */
    public BrowserContext newContext(URI base) {
        return open(new Browser.NewContextOptions().setBaseURL(base.toString()).setViewportSize(1280, 800));
    }

    /** As {@link #newContext(URI)}, at a phone's width and with touch. */
    public BrowserContext newPhoneContext(URI base) {
        return open(new Browser.NewContextOptions().setBaseURL(base.toString()).setViewportSize(375, 812)
                .setIsMobile(true).setHasTouch(true));
    }

    private BrowserContext open(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options.setLocale("en-US"));
        context.setDefaultTimeout(TIMEOUT_MILLIS);
        context.setDefaultNavigationTimeout(TIMEOUT_MILLIS);
        return context;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
