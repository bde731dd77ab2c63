package com.harufilm.adapters.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** One log line and one timer sample per request, both keyed by the route template, not the raw path. */
final class RequestLog {

    private static final Logger log = LoggerFactory.getLogger("http");

    private final MeterRegistry registry;

    RequestLog(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Context ctx, Float durationMs) {
        String route = route(ctx);
        Timer.builder("http.server.requests")
                .description("HTTP requests by route template")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record((long) (durationMs * 1_000_000), TimeUnit.NANOSECONDS);
        log.info("method={} route={} path={} status={} durationMs={} requestId={}",
                ctx.method(), route, ctx.path(), ctx.statusCode(), String.format("%.1f", durationMs), RequestIds.of(ctx));
        MDC.remove("requestId");
    }

    /** Unmatched paths share one tag so a scanner cannot blow up the metric's cardinality. */
    private static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? "UNMATCHED" : matched.path;
    }
}
