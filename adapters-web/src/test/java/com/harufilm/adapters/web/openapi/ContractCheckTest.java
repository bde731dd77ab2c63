package com.harufilm.adapters.web.openapi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The check has teeth: each kind of drift between an exchange and the document fails it. */
class ContractCheckTest {

    private static final ContractCheck CONTRACT = ContractCheck.ofTheDocument();
    private static final String USER = "{\"userId\":\"7\",\"email\":\"mina@example.com\",\"name\":null,\"profileImageUrl\":null,"
            + "\"timezone\":\"Asia/Seoul\",\"reminderTime\":\"20:00\",\"remindersEnabled\":true,\"locale\":\"ko\"";
    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"T\",\"status\":%d,\"detail\":\"d\",\"code\":\"%s\",\"instance\":\"/x\"}";

    private record Answer(HttpRequest request, int statusCode, HttpHeaders headers, String body) implements HttpResponse<String> {
        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    private static HttpRequest request(String method, String path, @Nullable String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080" + path)).header("Authorization", "Bearer t")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static Answer answer(HttpRequest request, int status, String contentType, String body, String... moreHeaders) {
        Map<String, List<String>> headers = new HashMap<>(Map.of("X-Request-Id", List.of("r-1"), "Content-Type", List.of(contentType)));
        for (int i = 0; i < moreHeaders.length; i += 2) {
            headers.put(moreHeaders[i], List.of(moreHeaders[i + 1]));
        }
        return new Answer(request, status, HttpHeaders.of(headers, (name, value) -> true), body);
    }

    private static void check(@Nullable String body, Answer answer) {
        CONTRACT.check(body == null ? null : body.getBytes(StandardCharsets.UTF_8), answer);
    }

    @Test
    void anExchangeAsDocumentedPasses() {
        assertDoesNotThrow(() -> check(null, answer(request("GET", "/users/me", null), 200, "application/json", USER + "}")));
    }

    @Test
    void aMemberTheDocumentDoesNotDescribeFails() {
        var failure = assertThrows(AssertionError.class,
                () -> check(null, answer(request("GET", "/users/me", null), 200, "application/json", USER + ",\"password\":\"x\"}")));
        assertTrue(failure.getMessage().contains("password"), failure.getMessage());
    }

    @Test
    void aStatusTheOperationDoesNotListFails() {
        assertThrows(AssertionError.class, () -> check(null,
                answer(request("GET", "/users/me", null), 409, "application/problem+json", PROBLEM.formatted(409, "VIDEO_ALREADY_EXISTS"))));
    }

    @Test
    void aCodeOutsideTheTableFails() {
        assertThrows(AssertionError.class, () -> check(null,
                answer(request("GET", "/users/me", null), 404, "application/problem+json", PROBLEM.formatted(404, "NO_SUCH_CODE"))));
    }

    @Test
    void aRequestTheDocumentRefusesMayBeRefusedButNeverServed() {
        String palm = "{\"fcmToken\":\"t\",\"platform\":\"PALM\"}";
        HttpRequest register = request("POST", "/users/me/devices", palm);

        assertDoesNotThrow(() -> check(palm, answer(register, 400, "application/problem+json", PROBLEM.formatted(400, "INVALID_REQUEST"))));
        var served = assertThrows(AssertionError.class, () -> check(palm, new Answer(register, 204,
                HttpHeaders.of(Map.of("X-Request-Id", List.of("r-1")), (name, value) -> true), "")));
        assertTrue(served.getMessage().contains("refuses this request"), served.getMessage());
    }

    @Test
    void anOutageWithoutRetryAfterFails() {
        String outage = PROBLEM.formatted(503, "DATABASE_CONNECTION_FAILED");
        HttpRequest me = request("GET", "/users/me", null);

        assertDoesNotThrow(() -> check(null, answer(me, 503, "application/problem+json", outage, "Retry-After", "2")));
        assertThrows(AssertionError.class, () -> check(null, answer(me, 503, "application/problem+json", outage)));
    }
}
