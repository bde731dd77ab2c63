package com.harufilm.adapters.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The address a request comes from. Behind {@code trustedProxyHops} proxies it is read from
 * X-Forwarded-For, counting from the right: each proxy appends the address it was reached from,
 * so the right-most entries are the proxies' own word and everything left of them is whatever the
 * client wrote. The nearest proxy is the connection's peer; with n proxies the client is the n-th
 * entry from the right. Without trusted proxies the header is ignored.
 */
final class ClientAddresses {

    static final String HEADER = "X-Forwarded-For";

    private final int trustedProxyHops;

    ClientAddresses(int trustedProxyHops) {
        if (trustedProxyHops < 0) {
            throw new IllegalArgumentException("trusted proxy hops must not be negative");
        }
        this.trustedProxyHops = trustedProxyHops;
    }

    String of(Context ctx) {
        if (trustedProxyHops == 0) {
            return ctx.ip();
        }
        return of(ctx.ip(), Collections.list(ctx.req().getHeaders(HEADER)));
    }

    /** {@code headers}: every X-Forwarded-For line in order (a proxy may add its own line instead of appending). */
    String of(String peer, List<String> headers) {
        if (trustedProxyHops == 0) {
            return peer;
        }
        List<String> entries = new ArrayList<>();
        for (String header : headers) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    entries.add(entry.strip());
                }
            }
        }
        // Fewer entries than hops: the request passed fewer proxies, and the left-most was written by one of them.
        return entries.isEmpty() ? peer : entries.get(Math.max(0, entries.size() - trustedProxyHops));
    }
}
