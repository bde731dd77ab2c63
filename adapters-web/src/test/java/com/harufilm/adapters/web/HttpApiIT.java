package com.harufilm.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.harufilm.adapters.web.openapi.ContractCheck;
import com.harufilm.adapters.web.openapi.OpenApiRoutes;
import com.harufilm.application.auth.Authenticate;
import com.harufilm.application.health.CheckReadiness;
import com.harufilm.application.health.ReadinessSettings;
import com.harufilm.application.port.out.AccessTokens;
import com.harufilm.application.port.out.ReadinessProbe;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.error.GoogleLoginFailed;
import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.error.InvalidToken;
import com.harufilm.domain.user.UserId;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The HTTP edge as a client sees it: problem+json, request ids, limits, CORS, health, metrics, the OpenAPI document. */
class HttpApiIT {

    private static final String ORIGIN = "http://localhost:3000";
    private static final AtomicBoolean brokerUp = new AtomicBoolean(true);
    private static final HttpClient client = HttpClient.newHttpClient();
    private static HttpApi api;

    /** A body the contract would define; its compact constructor validates like the real ones. */
    record Sample(String name, int size) {
        Sample {
            if (size < 0) {
                throw new InvalidRequest("size", "size must not be negative");
            }
        }
    }

    /** Accepts the one token "good-token", for user 7. */
    private static final class PlainTokens implements AccessTokens {
        @Override
        public String issue(UserId userId, Instant now) {
            return "good-token";
        }

        @Override
        public Duration lifetime() {
            return Duration.ofMinutes(15);
        }

        @Override
        public UserId verify(String token, Instant now) {
            if (!token.equals("good-token")) {
                throw new InvalidToken("not a token of ours");
            }
            return new UserId(7);
        }
    }

    @BeforeAll
    static void start() {
        ReadinessProbe broker = new ReadinessProbe() {
            @Override
            public String component() {
                return "broker";
            }

            @Override
            public void check() {
                if (!brokerUp.get()) {
                    throw new IllegalStateException("connection refused");
                }
            }
        };
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Routes samples = routes -> {
            routes.post("/samples", ctx -> ctx.json(JsonBody.read(ctx, Sample.class)), Access.PUBLIC);
            routes.get("/samples/{id}", ctx -> {
                throw new DependencyFailure(ErrorCode.DATABASE_ERROR, "database write failed", new SQLException("secret SQL"));
            }, Access.PUBLIC);
            routes.get("/database-away", ctx -> {
                throw new DependencyFailure(ErrorCode.DATABASE_CONNECTION_FAILED, "the database cannot be reached",
                        new SQLException("Communications link failure", "08S01"));
            }, Access.PUBLIC);
            routes.get("/google-down", ctx -> {
                throw GoogleLoginFailed.unreachable("Google could not be reached", new ConnectException("refused"));
            }, Access.PUBLIC);
            routes.get("/explode", ctx -> {
                throw new IllegalStateException("internal class detail");
            }, Access.PUBLIC);
            routes.get("/mine", ctx -> ctx.result("caller " + Callers.of(ctx)));
        };
        api = new HttpApi(new WebSettings(List.of(ORIGIN), 1024, false, false, false, 60, 60, 0, null, Duration.ofSeconds(30), Duration.ofSeconds(5)),
                Set.of(samples, new HealthRoutes(new CheckReadiness(Set.of(broker), new ReadinessSettings(Duration.ofSeconds(1), Duration.ZERO), Clock.systemUTC())),
                        new MetricsRoutes(registry), new OpenApiRoutes(true)),
                new Callers(new Authenticate(new PlainTokens(), Clock.systemUTC())),
                new ProblemResponses(), new RequestLog(registry)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        api.stop();
    }

    /** Sends the request and holds the answer to docs/openapi.yaml (the sample routes are the test's own, so only their errors are). */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        ContractCheck.ofTheDocument().answer(response);
        return response;
    }

    private static HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path));
    }

    private static HttpRequest.Builder postJson(String path, String json) {
        return to(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("\"code\":\"" + code + "\""), response.body());
        assertTrue(response.body().contains("\"type\":\"about:blank\""), response.body());
    }

    @Test
    void anUnknownRouteIsNotFoundAsProblemJson() throws Exception {
        var response = send(to("/no/such/route"));

        assertProblem(response, 404, "NOT_FOUND");
        assertTrue(response.body().contains("\"instance\":\"/no/such/route\""));
    }

    @Test
    void aRouteNotMarkedPublicNeedsABearerToken() throws Exception {
        assertProblem(send(to("/mine")), 401, "INVALID_TOKEN");
        assertProblem(send(to("/mine").header("Authorization", "Bearer forged")), 401, "INVALID_TOKEN");
        assertEquals("caller 7", send(to("/mine").header("Authorization", "Bearer good-token")).body());
    }

    @Test
    void aValidBodyIsAccepted() throws Exception {
        var response = send(postJson("/samples", "{\"name\":\"clip\",\"size\":3}"));

        assertEquals(200, response.statusCode());
        assertEquals("{\"name\":\"clip\",\"size\":3}", response.body());
    }

    @Test
    void malformedJsonIsAnInvalidRequest() throws Exception {
        assertProblem(send(postJson("/samples", "{\"name\":")), 400, "INVALID_REQUEST");
    }

    @Test
    void aBodyThatIsNotAnObjectSaysWhatItIs() throws Exception {
        for (String body : new String[] {"null", "\"clip\"", "3", "[{\"name\":\"clip\"}]", "true", "", "  "}) {
            var response = send(postJson("/samples", body));

            assertProblem(response, 400, "INVALID_REQUEST");
            assertTrue(response.body().contains("must be a JSON object"), body + " -> " + response.body());
        }
    }

    @Test
    void bytesThatAreNotUtf8AreAnInvalidRequestWhateverCharsetIsClaimed() throws Exception {
        byte[] latin1 = "{\"name\":\"caf\u00e9\",\"size\":1}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertProblem(send(to("/samples").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1))), 400, "INVALID_REQUEST");
        var bogusCharset = send(to("/samples").header("Content-Type", "text/plain; charset=bogus")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"clip\",\"size\":1}")));
        assertEquals(200, bogusCharset.statusCode(), bogusCharset.body());
    }

    @Test
    void whatJettyRefusesBeforeAnyRouteIsProblemJsonToo() throws Exception {
        assertProblem(send(to("/samples/%00")), 400, "INVALID_REQUEST");
        assertProblem(send(to("/samples/" + "x".repeat(9000))), 414, "INVALID_REQUEST");
        assertProblem(send(to("/samples/1").header("X-Big", "x".repeat(20_000))), 431, "INVALID_REQUEST");
    }

    @Test
    void aWrongTypeNamesTheField() throws Exception {
        var response = send(postJson("/samples", "{\"name\":\"clip\",\"size\":\"three\"}"));

        assertProblem(response, 400, "INVALID_REQUEST");
        assertTrue(response.body().contains("'size'"), response.body());
        for (String notText : new String[] {"true", "5", "1.5"}) {
            var refused = send(postJson("/samples", "{\"name\":" + notText + ",\"size\":3}"));
            assertProblem(refused, 400, "INVALID_REQUEST");
            assertTrue(refused.body().contains("'name'"), refused.body());
        }
    }

    @Test
    void aValueTheCommandRejectsKeepsItsOwnMessage() throws Exception {
        var response = send(postJson("/samples", "{\"name\":\"clip\",\"size\":-1}"));

        assertProblem(response, 400, "INVALID_REQUEST");
        assertTrue(response.body().contains("size must not be negative"), response.body());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        var response = send(postJson("/samples", "{\"name\":\"" + "x".repeat(2048) + "\",\"size\":1}"));

        assertProblem(response, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aDependencyFailureShowsItsCodeButNoInternals() throws Exception {
        var response = send(to("/samples/7"));

        assertProblem(response, 500, "DATABASE_ERROR");
        assertFalse(response.body().contains("secret SQL"));
    }

    @Test
    void anOutageIsLoggedOneLineARequestWithItsCauseAndNoStack() throws Exception {
        var lines = new ListAppender<ILoggingEvent>();
        Logger problems = (Logger) LoggerFactory.getLogger(ProblemResponses.class);
        lines.start();
        problems.addAppender(lines);
        try {
            var response = send(to("/database-away"));
            assertProblem(response, 503, "DATABASE_CONNECTION_FAILED");
            assertEquals("2", response.headers().firstValue("Retry-After").orElse(null), "when to try again");
        } finally {
            problems.detachAppender(lines);
        }

        ILoggingEvent line = lines.list.getFirst();
        assertEquals(Level.WARN, line.getLevel());
        assertTrue(line.getFormattedMessage().contains("Communications link failure"), line.getFormattedMessage());
        assertEquals(null, line.getThrowableProxy(), "no stack trace per request while a dependency is out");
    }

    @Test
    void googleOutOfReachIsABadGatewayWithTheGoogleCode() throws Exception {
        assertProblem(send(to("/google-down")), 502, "GOOGLE_AUTH_FAILED");
    }

    @Test
    void anythingUnexpectedIsAnInternalErrorNamingTheRequestIdOnly() throws Exception {
        var response = send(to("/explode").header("X-Request-Id", "trace-123"));

        assertProblem(response, 500, "INTERNAL_ERROR");
        assertFalse(response.body().contains("IllegalStateException"));
        assertFalse(response.body().contains("internal class detail"));
        assertTrue(response.body().contains("trace-123"));
    }

    @Test
    void everyResponseCarriesARequestIdAndAWellFormedIncomingOneIsKept() throws Exception {
        assertEquals("abc-123", send(to("/health/live").header("X-Request-Id", "abc-123"))
                .headers().firstValue("X-Request-Id").orElseThrow());
        String made = send(to("/health/live").header("X-Request-Id", "bad id\u00e9")).headers().firstValue("X-Request-Id").orElseThrow();
        assertEquals(36, made.length());
    }

    @Test
    void readinessNamesThePartThatIsDown() throws Exception {
        assertEquals(200, send(to("/health/ready")).statusCode());

        brokerUp.set(false);
        try {
            var response = send(to("/health/ready"));
            assertEquals(503, response.statusCode());
            assertTrue(response.body().contains("\"broker\":\"DOWN\""), response.body());
            assertFalse(response.body().contains("connection refused"));
        } finally {
            brokerUp.set(true);
        }
    }

    @Test
    void aConfiguredWebOriginMayCallTheApiAndReadTheRequestId() throws Exception {
        var preflight = send(to("/samples").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST"));
        var simple = send(to("/health/live").header("Origin", ORIGIN));
        var stranger = send(to("/health/live").header("Origin", "http://evil.example"));

        assertEquals(ORIGIN, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals(ORIGIN, simple.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(simple.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("X-Request-Id"));
        assertTrue(stranger.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void metricsAreTimedByRouteTemplateNotByRawPath() throws Exception {
        send(to("/samples/41"));
        send(to("/samples/42"));

        var metrics = send(to("/metrics")).body();

        assertTrue(metrics.contains("http_server_requests_seconds_count{method=\"GET\",route=\"/samples/{id}\",status=\"500\"} 2"), metrics);
        assertFalse(metrics.contains("/samples/42"));
    }

    @Test
    void theDocumentIsServedAsJsonWithoutAToken() throws Exception {
        var response = send(to("/openapi.json"));

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.body().startsWith("{\"openapi\":\"3.1."), response.body().substring(0, 40));
    }

    @Test
    void theReferencePageComesWithItsOwnAssetsNoCdn() throws Exception {
        var page = send(to("/docs"));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("swagger-ui-bundle.js"), page.body());
        assertFalse(page.body().contains("//"), "every asset is the API's own: " + page.body());
        for (String asset : new String[] {"/docs/swagger-ui-bundle.js", "/docs/swagger-ui.css", "/docs/reference.js"}) {
            var response = send(to(asset));
            assertEquals(200, response.statusCode(), asset);
            assertFalse(response.body().isEmpty(), asset);
        }
        assertTrue(send(to("/docs/reference.js")).body().contains("openapi.json"));
    }

    @Test
    void withoutTheSettingThereIsNoReferencePageButStillTheDocument() throws Exception {
        HttpApi plain = new HttpApi(new WebSettings(List.of(), 1024, false, false, false, 60, 60, 0, null, Duration.ofSeconds(30), Duration.ofSeconds(5)),
                Set.of(new OpenApiRoutes(false)), new Callers(new Authenticate(new PlainTokens(), Clock.systemUTC())),
                new ProblemResponses(), new RequestLog(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))).start("127.0.0.1", 0);
        try {
            URI base = URI.create("http://127.0.0.1:" + plain.port());
            assertProblem(send(HttpRequest.newBuilder(base.resolve("/docs"))), 404, "NOT_FOUND");
            assertEquals(200, send(HttpRequest.newBuilder(base.resolve("/openapi.json"))).statusCode());
        } finally {
            plain.stop();
        }
    }
}
