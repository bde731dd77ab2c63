package com.harufilm.bootstrap.api;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.adapters.media.LocalS3Server;
import com.harufilm.adapters.persistence.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM to the API process, as an orchestrator sends it in a rolling restart. */
class ApiShutdownIT {

    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    static Path work;

    private static TestDatabase database;
    private static LocalS3Server s3;

    @BeforeAll
    static void startDependencies() throws Exception {
        database = TestDatabase.mariaDb();
        s3 = LocalS3Server.start(work.resolve("objects"), 0, "haru", List.of());
    }

    @AfterAll
    static void stopDependencies() throws Exception {
        s3.close();
        database.close();
    }

    private static RunningProcess api() throws Exception {
        Map<String, String> env = new HashMap<>(ProductionApiIT.environment(database, s3, RunningProcess.freePort()));
        env.put("HARU_DEV_LOGIN", "true");
        env.put(SafetySwitches.NOT_PRODUCTION, "true");
        env.put("HARU_SHUTDOWN_GRACE_MS", "10000");
        RunningProcess api = RunningProcess.start("api", env, work.resolve("logs"));
        api.awaitRunning(Duration.ofSeconds(60));
        return api;
    }

    private static String token(RunningProcess api) throws Exception {
        return json.readTree(api.post("/auth/dev", "{\"email\":\"stop-" + UUID.randomUUID() + "@example.com\"}").body())
                .get("accessToken").asText();
    }

    /** The periodic-job leases the process holds now, by the holder name it gives them (its pid first). */
    private static int leasesHeldBy(RunningProcess process) throws Exception {
        try (var connection = DriverManager.getConnection(database.settings().jdbcUrl(), database.settings().user(),
                database.settings().password());
             var query = connection.prepareStatement(
                     "SELECT COUNT(*) FROM job_leases WHERE leased_by LIKE ? AND lease_until > UTC_TIMESTAMP(3)")) {
            query.setString(1, process.pid() + "@%");
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void awaitLeases(RunningProcess api) throws Exception {
        // A lease another instance held when it was killed runs out within a minute.
        long deadline = System.nanoTime() + Duration.ofSeconds(70).toNanos();
        while (leasesHeldBy(api) == 0) {
            assertTrue(System.nanoTime() < deadline, "the instance never took a lease:\n" + api.log());
            Thread.sleep(200);
        }
    }

    /** Until a stopping instance refuses new connections; a client pausing over 1 s mid-request is cut once it does. */
    private static void awaitRefused(RunningProcess api) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                new Socket("127.0.0.1", api.baseUri().getPort()).close();
            } catch (ConnectException refused) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "still accepting connections 10 s after SIGTERM:\n" + api.log());
            Thread.sleep(20);
        }
    }

    @Test
    void aSigtermLetsTheRequestInFlightFinishHandsTheLeasesBackAndExitsZero() throws Exception {
        try (RunningProcess api = api()) {
            String token = token(api);
            awaitLeases(api);
            String body = "{\"timezone\":\"Europe/Paris\"}";
            try (Socket inFlight = new Socket("127.0.0.1", api.baseUri().getPort())) {
                OutputStream out = inFlight.getOutputStream();
                out.write(("PATCH /users/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n"
                        + body.substring(0, 5)).getBytes(US_ASCII));
                out.flush();
                Thread.sleep(500);

                api.sigterm();
                awaitRefused(api);
                out.write(body.substring(5).getBytes(US_ASCII));
                out.flush();
                inFlight.setSoTimeout(10_000);
                String answer = new String(inFlight.getInputStream().readAllBytes(), US_ASCII);

                assertTrue(answer.startsWith("HTTP/1.1 200"), answer + "\n" + api.log());
                assertTrue(answer.contains("Europe/Paris"), answer);
            }
            assertEquals(0, api.awaitExit(Duration.ofSeconds(15)), api.log());
            assertEquals(0, leasesHeldBy(api), "no lease outlives the instance:\n" + api.log());
        }
    }

    @Test
    void aRollingRestartUnderLoadLosesNoRequestAClientRetries() throws Exception {
        try (RunningProcess old = api(); RunningProcess next = api()) {
            String token = token(old);
            var load = new Load(token, List.of(old.baseUri(), next.baseUri()));
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clients.add(Thread.ofPlatform().start(load::run));
            }
            Thread.sleep(2_000);
            int answeredBeforeStop = load.answered.get();

            old.sigterm();
            assertEquals(0, old.awaitExit(Duration.ofSeconds(20)), old.log());
            int answeredAtExit = load.answered.get();
            // Until the next instance has answered a good few: a fixed pause is too short on a busy machine.
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (load.answered.get() <= answeredAtExit + 20 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            load.stop.set(true);
            for (Thread client : clients) {
                client.join();
            }

            assertEquals(0, next.terminate(Duration.ofSeconds(20)), next.log());
            System.out.printf("rolling restart: %d answered (%d before the SIGTERM), retried: %s%n", load.answered.get(),
                    answeredBeforeStop, load.retried);
            assertTrue(answeredBeforeStop > 20, "the load ran: " + answeredBeforeStop);
            assertTrue(load.answered.get() > answeredAtExit + 20, "the next instance took over: " + load.answered + " answered, "
                    + answeredAtExit + " when the first had stopped");
            assertTrue(load.lost.isEmpty(), "lost: " + load.lost + "\n" + old.log());
            assertTrue(load.wrong.isEmpty(), "wrong answers: " + load.wrong);
        }
    }

    /**
     * Clients reading and writing their profile in a loop through a load balancer's eyes: the
     * first instance while it answers, the next once the first refuses (or closes) a connection or
     * says it is stopping (503), each request retried there.
     */
    private static final class Load {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger answered = new AtomicInteger();
        final ConcurrentLinkedQueue<String> lost = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> retried = new ConcurrentLinkedQueue<>();
        private final String token;
        private final List<URI> instances;
        private volatile int current;

        Load(String token, List<URI> instances) {
            this.token = token;
            this.instances = instances;
        }

        void run() {
            for (int i = 0; !stop.get(); i++) {
                HttpRequest.Builder request = i % 2 == 0
                        ? HttpRequest.newBuilder().GET()
                        : HttpRequest.newBuilder().method("PATCH", HttpRequest.BodyPublishers.ofString("{\"timezone\":\"Asia/Seoul\"}"))
                                .header("Content-Type", "application/json");
                send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(15)));
            }
        }

        private void send(HttpRequest.Builder request) {
            List<String> attempts = new ArrayList<>();
            for (int attempt = 0; attempt < 3; attempt++) {
                int target = current;
                try {
                    HttpResponse<String> response = http.send(request.uri(instances.get(target).resolve("/users/me")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        answered.incrementAndGet();
                        retried.addAll(attempts);
                        return;
                    }
                    if (response.statusCode() != 503) {
                        wrong.add(response.statusCode() + " " + response.body());
                        return;
                    }
                    attempts.add("503 from " + target);
                } catch (IOException e) {
                    attempts.add(e + " from " + target);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                current = 1;
            }
            lost.add(String.join("; ", attempts));
        }
    }
}
