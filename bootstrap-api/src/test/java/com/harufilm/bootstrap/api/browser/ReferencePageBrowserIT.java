package com.harufilm.bootstrap.api.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The browser harness proven on the API's reference page (/docs, Swagger UI over /openapi.json):
 * Debian's Chromium loads it from `harufilm dev`, renders the operations, and is photographed.
 */
@Tag("browser")
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ReferencePageBrowserIT {

    @RegisterExtension
    static final DevServer dev = new DevServer();
    @RegisterExtension
    static final Chromium chromium = new Chromium();
    private static final Screenshots screenshots = Screenshots.of(ReferencePageBrowserIT.class);

    @Test
    void theReferencePageRendersEveryOperationOfTheDocument() throws Exception {
        try (BrowserContext context = chromium.newContext(dev.baseUri())) {
            Page page = context.newPage();
            page.navigate("/docs");
            page.locator(".opblock").first().waitFor();

            assertEquals("Haru Film API reference", page.title());
            assertTrue(page.locator(".opblock").count() >= 20, "operations rendered: " + page.locator(".opblock").count());
            assertTrue(page.getByText("/uploads").first().isVisible(), "the upload operations are listed");
            assertTrue(Files.size(screenshots.save(page, "reference")) > 10_000, "a screenshot with something on it");

            // Swagger UI is a third party's page: its violations are reported, not held against us.
            List<Rule> violations = AxeCheck.seriousViolations(page);
            System.out.println("axe-core on /docs (Swagger UI): " + (violations.isEmpty() ? "no serious violation"
                    : violations.size() + " serious violation(s):\n" + AxeCheck.describe(violations)));
        }
    }

    @Test
    void theAccessibilityCheckNamesWhatIsWrongAndWhere() {
        try (BrowserContext context = chromium.newContext(dev.baseUri())) {
            Page page = context.newPage();
            page.setContent("<!doctype html><html lang=en><title>t</title><main><img src=x.png><button></button></main></html>");

            AssertionError failure = assertThrows(AssertionError.class, () -> AxeCheck.assertNoSeriousViolations(page));

            assertTrue(failure.getMessage().contains("image-alt (critical)"), failure.getMessage());
            assertTrue(failure.getMessage().contains("button-name (critical)"), failure.getMessage());
            assertTrue(failure.getMessage().contains("<img src=\"x.png\">"), failure.getMessage());
            page.setContent("<!doctype html><html lang=en><title>t</title><main><img src=x.png alt=Sunset>"
                    + "<button>Record</button></main></html>");
            AxeCheck.assertNoSeriousViolations(page);
        }
    }
}
