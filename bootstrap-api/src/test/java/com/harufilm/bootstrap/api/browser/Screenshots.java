package com.harufilm.bootstrap.api.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** Full-page screenshots kept as test artifacts: {@code target/browser-screenshots/<TestClass>/<name>.png}. */
public final class Screenshots {

    private final Path folder;

    private Screenshots(Path folder) {
        this.folder = folder;
    }

    public static Screenshots of(Class<?> testClass) {
        return new Screenshots(Path.of("target", "browser-screenshots", testClass.getSimpleName()));
    }

    /** Saves what the page shows now and returns the file. */
    public Path save(Page page, String name) {
        Path file = folder.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(file));
        return file;
    }
}
