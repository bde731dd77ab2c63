package com.harufilm.adapters.web;

import java.util.List;

/**
 * What the HTTP edge allows: browser origins (CORS), body size, whether dev login exists, how
 * many auth requests a client address may make a minute, and whether X-Forwarded-For names the
 * client (only behind a proxy that sets it).
 */
public record WebSettings(
        List<String> webOrigins, long maxRequestBytes, boolean devLoginEnabled, int authRequestsPerMinute, boolean trustForwardedFor) {

    public WebSettings {
        webOrigins = List.copyOf(webOrigins);
    }
}
