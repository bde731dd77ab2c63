package com.harufilm.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/** Refuses a declared oversized body before anything reads it; Javalin guards bodies of unknown length. */
final class BodyLimit {

    private BodyLimit() {
    }

    static void check(Context ctx, long maxBytes) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw new HttpResponseException(413, "body over " + maxBytes + " bytes");
        }
    }
}
