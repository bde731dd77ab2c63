package com.harufilm.adapters.web;

import com.harufilm.adapters.web.identity.AuthRoutes;
import com.harufilm.adapters.web.identity.DeviceRoutes;
import com.harufilm.adapters.web.identity.ProfileRoutes;
import com.harufilm.application.auth.Authenticate;
import com.harufilm.application.auth.LoginAsDevUser;
import com.harufilm.application.auth.LoginWithGoogle;
import com.harufilm.application.auth.Logout;
import com.harufilm.application.auth.RefreshLogin;
import com.harufilm.application.health.CheckReadiness;
import com.harufilm.application.user.DeleteMyAccount;
import com.harufilm.application.user.GetMyProfile;
import com.harufilm.application.user.RegisterDevice;
import com.harufilm.application.user.UnregisterDevice;
import com.harufilm.application.user.UpdateMyProfile;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;
import java.util.Set;

/** The HTTP API on Javalin, with Prometheus metrics. */
@Module
public interface WebModule {

    @Provides
    @Singleton
    static PrometheusMeterRegistry prometheusRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
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
    static Routes authRoutes(LoginWithGoogle google, LoginAsDevUser dev, RefreshLogin refresh, Logout logout, WebSettings settings) {
        return new AuthRoutes(google, dev, refresh, logout, settings.devLoginEnabled());
    }

    @Provides
    @IntoSet
    static Routes profileRoutes(GetMyProfile get, UpdateMyProfile update, DeleteMyAccount delete) {
        return new ProfileRoutes(get, update, delete);
    }

    @Provides
    @IntoSet
    static Routes deviceRoutes(RegisterDevice register, UnregisterDevice unregister) {
        return new DeviceRoutes(register, unregister);
    }

    @Provides
    @IntoSet
    static Routes metricsRoutes(PrometheusMeterRegistry registry) {
        return new MetricsRoutes(registry);
    }
}
