package com.harufilm.adapters.web;

import com.harufilm.application.health.CheckReadiness;
import com.harufilm.application.health.Readiness;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Liveness and readiness for load balancers and orchestrators; no token needed. */
final class HealthRoutes implements Routes {

    private static final Logger log = LoggerFactory.getLogger(HealthRoutes.class);

    private final CheckReadiness checkReadiness;

    HealthRoutes(CheckReadiness checkReadiness) {
        this.checkReadiness = checkReadiness;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/health/live", this::live, Access.PUBLIC);
        routes.get("/health/ready", this::ready, Access.PUBLIC);
    }

    /** {@code components} is left out of the liveness answer, which checks nothing beyond the process. */
    record HealthResponse(String status, @Nullable Map<String, String> components) {
    }

    private void live(Context ctx) {
        ctx.json(new HealthResponse("UP", null));
    }

    /** 200 when every part answers, else 503 naming the parts that are down (reasons go to the log). */
    private void ready(Context ctx) {
        Readiness readiness = checkReadiness.check();
        Map<String, String> components = new LinkedHashMap<>();
        for (Readiness.Component component : readiness.components()) {
            components.put(component.name(), component.up() ? "UP" : "DOWN");
            if (!component.up()) {
                log.warn("not ready component={} reason={}", component.name(), component.detail());
            }
        }
        ctx.status(readiness.ready() ? 200 : 503)
                .json(new HealthResponse(readiness.ready() ? "UP" : "DOWN", components));
    }
}
