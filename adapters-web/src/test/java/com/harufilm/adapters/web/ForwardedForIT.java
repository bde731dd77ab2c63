package com.harufilm.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.auth.Authenticate;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behind one trusted proxy, over HTTP: what the client writes into X-Forwarded-For never buys it a new budget. */
class ForwardedForIT {

    private static final HttpClient client = HttpClient.newHttpClient();
    private static HttpApi api;

    @BeforeAll
    static void start() {
        Routes auth = routes -> routes.post("/auth/ping", ctx -> ctx.status(204), Access.PUBLIC);
        Routes share = routes -> routes.get("/s/{token}", ctx -> ctx.status(204), Access.PUBLIC);
        api = new HttpApi(new WebSettings(List.of(), 1024, false, false, false, 3, 2, 1, null, Duration.ofSeconds(30), Duration.ofSeconds(5)),
                Set.of(auth, share),
                new Callers(new Authenticate(new NoTokens(), Clock.systemUTC())), new ProblemResponses(),
                new RequestLog(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        api.stop();
    }

    private static int ping(String forwardedFor) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/auth/ping"))
                .header(ClientAddresses.HEADER, forwardedFor).POST(HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int openShare(String path, String forwardedFor) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .header(ClientAddresses.HEADER, forwardedFor).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theSharePagesHaveABudgetPerClientOfTheirOwnCountingUnknownPathsToo() throws Exception {
        assertEquals(204, openShare("/s/first", "198.51.100.1, 203.0.113.50"));
        assertEquals(404, openShare("/s/first/nothing/here", "203.0.113.50"));

        assertEquals(429, openShare("/s/second", "203.0.113.50"), "a prober of links runs out like anyone");
        assertEquals(204, ping("203.0.113.50"), "the auth budget is apart");
        assertEquals(204, openShare("/s/first", "203.0.113.51"));
    }

    @Test
    void aClientForgingTheLeftOfTheHeaderStaysInItsOwnBucket() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(204, ping("198.51.100." + i + ", 203.0.113.10"));
        }

        assertEquals(429, ping("198.51.100.99, 203.0.113.10"));
        assertEquals(429, ping("203.0.113.10"));
        assertEquals(204, ping("203.0.113.11"), "another client the proxy saw");
    }
}
