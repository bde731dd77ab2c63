package com.harufilm.bootstrap.api.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.domain.retry.Backoff;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * The API as a retrying client sees it: a call that gets no answer or a 5xx is tried again with
 * backoff until a deadline (the API may be restarting); every answer, and every call left
 * unanswered, is written in the ledger.
 */
final class RetryingApi {

    static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(3));
    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final Ledger ledger;
    private volatile @Nullable String accessToken;

    RetryingApi(URI base, Ledger ledger) {
        this.base = base;
        this.ledger = ledger;
    }

    void signedInWith(String token) {
        accessToken = token;
    }

    String accessToken() {
        return Objects.requireNonNull(accessToken, "not signed in");
    }

    /** Calls until it is answered one of {@code accepted}; a 4xx outside them fails at once. */
    JsonNode call(String method, String path, @Nullable String body, Integer... accepted) throws Exception {
        Set<Integer> wanted = Set.of(accepted);
        return retrying(method + " " + path, () -> {
            var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            String token = accessToken;
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            long sent = System.nanoTime();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ledger.took(sent, System.nanoTime());
            ledger.answered(method + " " + path.replaceAll("\\?.*", ""), response.statusCode(), response.body());
            if (wanted.contains(response.statusCode())) {
                return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
            }
            if (response.statusCode() >= 500) {
                throw new IOException(method + " " + path + " answered " + response.statusCode());
            }
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        });
    }

    /** Runs {@code attempt} until it returns, retrying it on I/O failures (no answer, a 5xx) until {@link #PATIENCE} runs out. */
    <T> T retrying(String what, Callable<T> attempt) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (int tries = 1; ; tries++) {
            try {
                try {
                    return attempt.call();
                } catch (ExecutionException inParallel) {
                    // Parts go up in parallel: their failure comes wrapped.
                    throw inParallel.getCause() instanceof IOException io ? io : inParallel;
                }
            } catch (IOException failed) {
                String message = String.valueOf(failed.getMessage());
                if (message.matches("(?s).* answered 4\\d\\d.*")) {
                    throw new IllegalStateException(what + ": " + message, failed);
                }
                if (!message.contains(" answered ")) {
                    ledger.answered(what.replaceAll("\\?.*", ""), 0, "");
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException(what + " still failing after " + PATIENCE, failed);
                }
                Thread.sleep(BACKOFF.delay(tries));
            }
        }
    }
}
