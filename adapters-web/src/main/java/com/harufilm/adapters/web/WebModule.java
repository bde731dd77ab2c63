package com.harufilm.adapters.web;

import com.harufilm.application.auth.Authenticate;
import com.harufilm.application.health.CheckReadiness;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dagger.multibindings.Multibinds;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;
import java.util.Set;

/** The HTTP API on Javalin, with Prometheus metrics. */
@Module
public interface WebModule {

    /** What other adapters measure on the registry (the database pool, the encoding backlog). */
    @Multibinds
    Set<MeterBinder> meterBinders();

    @Provides
    @Singleton
    static PrometheusMeterRegistry prometheusRegistry(Set<MeterBinder> binders) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        binders.forEach(binder -> binder.bindTo(registry));
        return registry;
    }

    @Provides
    static MeterRegistry meterRegistry(PrometheusMeterRegistry registry) {
        return registry;
    }

    @Provides
    @Singleton
    static HttpApi httpApi(WebSettings settings, Set<Routes> routes, Authenticate authenticate, MeterRegistry registry) {
        return new HttpApi(settings, routes, new Callers(authenticate), new ProblemResponses(), new RequestLog(registry));
    }

    @Provides
    @IntoSet
    static Routes healthRoutes(CheckReadiness checkReadiness) {
        return new HealthRoutes(checkReadiness);
    }

    @Provides
    @IntoSet
    static Routes metricsRoutes(PrometheusMeterRegistry registry) {
        return new MetricsRoutes(registry);
    }
}
