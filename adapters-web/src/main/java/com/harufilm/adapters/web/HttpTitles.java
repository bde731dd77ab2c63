package com.harufilm.adapters.web;

import io.javalin.http.HttpStatus;

/** The standard reason phrase of a status, used as a problem's title. */
final class HttpTitles {

    private HttpTitles() {
    }

    static String of(int status) {
        HttpStatus known = HttpStatus.forStatus(status);
        return known == HttpStatus.UNKNOWN ? "Error " + status : known.getMessage();
    }
}
