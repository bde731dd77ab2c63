package com.harufilm.adapters.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the HTTP edge allows: browser origins (CORS), body size, whether dev login exists, how
 * many auth requests a client address may make a minute, and whether X-Forwarded-For names the
 * client (only behind a proxy that sets it), and the API's public URL for links it hands out (null:
 * taken from each request).
 */
public record WebSettings(
        List<String> webOrigins, long maxRequestBytes, boolean devLoginEnabled, int authRequestsPerMinute, boolean trustForwardedFor,
        @Nullable String publicUrl) {

    public WebSettings {
        webOrigins = List.copyOf(webOrigins);
    }
}
