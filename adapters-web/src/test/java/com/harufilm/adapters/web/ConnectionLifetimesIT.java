package com.harufilm.adapters.web;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.auth.Authenticate;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Slow clients and stopping, over real sockets: what a connection may hold, and for how long. */
class ConnectionLifetimesIT {

    private static final Duration IDLE = Duration.ofMillis(800);
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final String BODY = "{\"name\":\"slow\",\"size\":1}";
    private static final HttpClient client = HttpClient.newHttpClient();

    record Sample(String name, int size) {
    }

    private final HttpApi api = new HttpApi(new WebSettings(List.of(), 1024, false, false, false, 60, 60, 0, null, IDLE, GRACE),
            Set.of(routes -> {
                routes.get("/ping", ctx -> ctx.result("pong"), Access.PUBLIC);
                routes.post("/samples", ctx -> ctx.json(JsonBody.read(ctx, Sample.class)), Access.PUBLIC);
            }),
            new Callers(new Authenticate(new NoTokens(), Clock.systemUTC())), new ProblemResponses(),
            new RequestLog(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))).start("127.0.0.1", 0);

    @AfterEach
    void stop() {
        api.stop();
    }

    private int ping() throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/ping")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Opens a connection and sends a POST's headers and the first {@code sent} bytes of its body. */
    private Socket postPartly(int sent) throws Exception {
        Socket socket = new Socket("127.0.0.1", api.port());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /samples HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + BODY.length() + "\r\n\r\n" + BODY.substring(0, sent)).getBytes(US_ASCII));
        out.flush();
        return socket;
    }

    /** Reads until the server closes the connection; returns what it sent and how long that took. */
    private static String readToClose(Socket socket, Duration[] took) throws Exception {
        long start = System.nanoTime();
        socket.setSoTimeout(15_000);
        InputStream in = socket.getInputStream();
        String answer = new String(in.readAllBytes(), US_ASCII);
        took[0] = Duration.ofNanos(System.nanoTime() - start);
        return answer;
    }

    @Test
    void aClientThatStallsMidBodyIsCutAtTheIdleTimeoutWhileOthersAreServed() throws Exception {
        try (Socket stalled = postPartly(10)) {
            Duration[] took = new Duration[1];
            CompletableFuture<String> cut = CompletableFuture.supplyAsync(() -> {
                try {
                    return readToClose(stalled, took);
                } catch (Exception e) {
                    return e.toString();
                }
            });

            for (int i = 0; i < 5; i++) {
                assertEquals(200, ping(), "served while another client stalls");
            }
            cut.get();

            assertTrue(took[0].compareTo(IDLE.minusMillis(100)) >= 0 && took[0].compareTo(IDLE.multipliedBy(4)) < 0,
                    "cut after about the idle timeout, took " + took[0]);
        }
    }

    @Test
    void aClientThatStallsMidHeadersIsCutAtTheIdleTimeout() throws Exception {
        try (Socket stalled = new Socket("127.0.0.1", api.port())) {
            stalled.getOutputStream().write("GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(US_ASCII));
            Duration[] took = new Duration[1];

            String answer = readToClose(stalled, took);

            assertTrue(took[0].compareTo(IDLE.multipliedBy(4)) < 0, "cut after about the idle timeout, took " + took[0]);
            assertTrue(!answer.contains("pong"), answer);
            assertEquals(200, ping());
        }
    }

    @Test
    void stoppingRefusesNewConnectionsAndLetsTheRequestInFlightFinish() throws Exception {
        int port = api.port();
        try (Socket inFlight = postPartly(10)) {
            Thread.sleep(200); // the server has begun the request
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(api::stop);
            Thread.sleep(300);

            assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(), "the listener is closed");
            inFlight.getOutputStream().write(BODY.substring(10).getBytes(US_ASCII));
            Duration[] took = new Duration[1];
            String answer = readToClose(inFlight, took);

            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("\"name\":\"slow\""), answer);
            stopping.get();
        }
    }
}
