package com.harufilm.adapters.web;

import com.harufilm.domain.error.ErrorCode;

/** An RFC 9457 problem detail with the contract's extra {@code code} member. */
public record Problem(String type, String title, int status, String detail, String code, String instance) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public static Problem of(int status, ErrorCode code, String detail, String instance) {
        return new Problem("about:blank", HttpTitles.of(status), status, detail, code.name(), instance);
    }
}
