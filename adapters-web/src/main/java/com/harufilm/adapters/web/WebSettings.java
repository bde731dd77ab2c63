package com.harufilm.adapters.web;

import java.util.List;

/** What the HTTP edge allows: which browser origins (CORS) and how large a request body may be. */
public record WebSettings(List<String> webOrigins, long maxRequestBytes) {

    public WebSettings {
        webOrigins = List.copyOf(webOrigins);
    }
}
