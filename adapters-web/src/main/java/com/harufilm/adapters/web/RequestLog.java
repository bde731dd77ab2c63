package com.harufilm.adapters.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line and one timer sample per request, both keyed by the route template, not the raw
 * path. The line's path is the template filled with the request's parameters, where a secret one
 * (a device token, a share link's token: whoever reads the log could open the day) appears only
 * as a short hash, enough to follow one device or link through the log.
 */
final class RequestLog {

    private static final Logger log = LoggerFactory.getLogger("http");
    private static final Set<String> SECRET_PARAMETERS = Set.of("fcmToken", "token");
    private static final int MAX_PARAMETER_CHARS = 64;

    private final MeterRegistry registry;

    RequestLog(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Context ctx, Float durationMs) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        // Unmatched paths share one tag so a scanner cannot blow up the metric's cardinality.
        String route = matched == null ? "UNMATCHED" : matched.path;
        Timer.builder("http.server.requests")
                .description("HTTP requests by route template")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record((long) (durationMs * 1_000_000), TimeUnit.NANOSECONDS);
        log.info("method={} route={} path={} status={} durationMs={} requestId={}", ctx.method(), route,
                matched == null ? "-" : path(route, ctx.pathParamMap()), ctx.statusCode(), String.format("%.1f", durationMs),
                RequestIds.of(ctx));
        MDC.remove("requestId");
    }

    /** An unmatched path is not logged at all: it may be a secret sent to the wrong place. */
    static String path(String route, Map<String, String> parameters) {
        String path = route;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String value = SECRET_PARAMETERS.contains(parameter.getKey()) ? "#" + shortHash(parameter.getValue()) : printable(parameter.getValue());
            path = path.replace("{" + parameter.getKey() + "}", value).replace("<" + parameter.getKey() + ">", value);
        }
        return path;
    }

    /** Parameters are decoded: no control character (a forged log line) and no novel in the log. */
    private static String printable(String value) {
        String clean = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > MAX_PARAMETER_CHARS ? clean.substring(0, MAX_PARAMETER_CHARS) + "..." : clean;
    }

    static String shortHash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
