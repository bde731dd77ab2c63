package com.harufilm.adapters.web;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the HTTP edge allows: browser origins (CORS), body size, whether dev login exists, whether
 * /docs serves the contract's reference page, whether / serves the web client, how many auth and share page requests a client
 * address may make a minute, how many proxies in front of the API append to X-Forwarded-For (0: the header is
 * ignored), and the API's public URL for links it hands out (null: taken from each request); how
 * long a connection may stay idle (a slow client is cut then), and how long a stop waits for the
 * requests in flight.
 */
public record WebSettings(
        List<String> webOrigins, long maxRequestBytes, boolean devLoginEnabled, boolean apiReference, boolean webClient,
        int authRequestsPerMinute,
        int shareRequestsPerMinute,         int trustedProxyHops, @Nullable String publicUrl, Duration idleTimeout, Duration shutdownGrace) {

    public WebSettings {
        webOrigins = List.copyOf(webOrigins);
    }
}
