package com.harufilm.adapters.web;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Javalin server: the contract's routes plus the edge every request passes through. */
public final class HttpApi {

    private static final Logger log = LoggerFactory.getLogger(HttpApi.class);

    private final Javalin app;
    private final List<Endpoint> endpoints = new CopyOnWriteArrayList<>();

    /** A route the server answers: its method and its path as registered, e.g. GET /videos/{videoId}. */
    public record Endpoint(String method, String path) {
    }

    HttpApi(WebSettings settings, Set<Routes> routes, Callers callers, ProblemResponses problems, RequestLog requestLog) {
        ClientRateLimit authRateLimit = new ClientRateLimit(settings.authRequestsPerMinute(), settings.trustedProxyHops());
        ClientRateLimit shareRateLimit = new ClientRateLimit(settings.shareRequestsPerMinute(), settings.trustedProxyHops());
        app = Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(JsonMapping.create(), true));
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyProblems());
                GracefulJetty.configure(server, settings.idleTimeout(), settings.shutdownGrace());
            });
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JettyProblems()));
            if (!settings.webOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    settings.webOrigins().forEach(rule::allowHost);
                    rule.exposeHeader(RequestIds.HEADER);
                }));
            }
            config.requestLogger.http(requestLog::record);
            config.events.handlerAdded(handler -> {
                if (handler.getHttpMethod().isHttpMethod()) {
                    endpoints.add(new Endpoint(handler.getHttpMethod().name(), handler.getPath()));
                }
            });
            config.routes.before(RequestIds::assign);
            config.routes.before(ctx -> BodyLimit.check(ctx, settings.maxRequestBytes()));
            config.routes.before("/auth/*", authRateLimit::check);
            config.routes.before("/s/*", shareRateLimit::check);
            config.routes.beforeMatched(callers::authenticate);
            config.routes.exception(Exception.class, problems::handle);
            for (int status : new int[] {400, 404, 413}) {
                config.routes.error(status, problems::byStatus);
            }
            routes.forEach(group -> group.addTo(config.routes));
        });
    }

    /** Starts listening; port 0 picks a free one, see {@link #port()}. */
    public HttpApi start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Every route the server answers, so they can be checked against the published contract. */
    public List<Endpoint> endpoints() {
        return List.copyOf(endpoints);
    }

    /** Refuses new connections and lets the requests in flight finish, within the settings' shutdown grace. */
    public void stop() {
        try {
            app.stop();
        } catch (JavalinException graceRanOut) {
            // Jetty has closed every connection by now; the caller goes on to close the pools.
            log.warn("requests were still in flight when the shutdown grace ran out; they were cut: {}", graceRanOut.getMessage());
        }
    }
}
