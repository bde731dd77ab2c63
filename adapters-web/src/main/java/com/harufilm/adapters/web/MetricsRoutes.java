package com.harufilm.adapters.web;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** Prometheus scrape endpoint; no token needed, keep it off the public network in production. */
final class MetricsRoutes implements Routes {

    private final PrometheusMeterRegistry registry;

    MetricsRoutes(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/metrics", this::scrape, Access.PUBLIC);
    }

    private void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
