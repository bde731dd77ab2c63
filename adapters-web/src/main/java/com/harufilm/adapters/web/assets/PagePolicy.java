package com.harufilm.adapters.web.assets;

import io.javalin.http.Context;

/**
 * The headers every HTML page of the API carries (the web client, the share page): a
 * Content-Security-Policy with scripts and styles from the API only, never inline; media, images
 * and uploads from anywhere over HTTP (the object store's presigned URLs); no framing, no native
 * form posts (forms are handled by the page's scripts). No Referer leaves the page (a share link's
 * token would reach the store), and no type sniffing.
 */
public final class PagePolicy {

    private static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' http: https: data:",
            "media-src 'self' http: https: blob:", "connect-src 'self' http: https:",
            "worker-src blob:", // hls.js's transmuxer
            "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'");

    private PagePolicy() {
    }

    /** Answers {@code ctx} as an HTML page under this policy, cached as {@code cacheControl} says. */
    public static Context applyTo(Context ctx, String cacheControl) {
        return ctx.header("Cache-Control", cacheControl).header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer").header("X-Content-Type-Options", "nosniff")
                .contentType("text/html; charset=utf-8");
    }
}
