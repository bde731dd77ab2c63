package com.harufilm.adapters.web;

import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;

/** How clients reach the API, for the absolute links it hands out: the configured public URL, else the request's own origin. */
public record PublicBase(@Nullable String publicUrl) {

    public String of(Context ctx) {
        return publicUrl != null ? publicUrl : ctx.scheme() + "://" + ctx.host();
    }
}
