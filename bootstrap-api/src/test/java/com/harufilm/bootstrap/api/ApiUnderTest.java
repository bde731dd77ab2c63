package com.harufilm.bootstrap.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.adapters.media.LocalS3Server;
import com.harufilm.adapters.media.ffmpeg.MediaSettings;
import com.harufilm.adapters.persistence.DatabaseSettings;
import com.harufilm.adapters.web.WebSettings;
import com.harufilm.adapters.web.openapi.ContractCheck;
import com.harufilm.adapters.web.tokens.AccessTokenSettings;
import com.harufilm.adapters.web.tokens.GoogleSettings;
import com.harufilm.application.health.ReadinessSettings;
import com.harufilm.application.upload.UploadSettings;
import com.harufilm.domain.upload.PartPlan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The API assembled in this JVM over a given database, the local S3 server and a Google stub, spoken
 * to over HTTP; every exchange is held to docs/openapi.yaml.
 */
final class ApiUnderTest implements AutoCloseable {

    static final AccessTokenSettings TOKENS = new AccessTokenSettings("test",
            Map.of("test", "a-test-signing-key-of-32-bytes-at-least".getBytes(StandardCharsets.UTF_8)));
    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient client = HttpClient.newHttpClient();

    record Response(int status, JsonNode body, HttpResponse<String> raw) {
        String code() {
            return body.path("code").asText();
        }
    }

    private final LocalS3Server s3;
    private final ApiProcess process;
    private final URI base;

    static final UploadSettings UPLOADS = new UploadSettings(2L * 1024 * PartPlan.MiB, 8 * PartPlan.MiB, Duration.ofHours(24),
            Duration.ofMinutes(15), 3, 100);

    ApiUnderTest(DatabaseSettings database, GoogleSettings google, Path objects, boolean devLogin, int authPerMinute) throws Exception {
        this(database, google, objects, devLogin, authPerMinute, UPLOADS);
    }

    ApiUnderTest(DatabaseSettings database, GoogleSettings google, Path objects, boolean devLogin, int authPerMinute,
                 UploadSettings uploads) throws Exception {
        s3 = LocalS3Server.start(objects, 0, "haru", List.of());
        process = DaggerEmbeddedApiComponent.builder()
                .database(database)
                .objectStore(s3.settings())
                .web(new WebSettings(List.of("http://localhost:3000"), 1_048_576, devLogin, true, true, authPerMinute, 1000, 0, null,
                        Duration.ofSeconds(30), Duration.ofSeconds(5)))
                .identity(new IdentitySettings(Duration.ofDays(30), Duration.ZERO, ZoneId.of("Asia/Seoul")))
                .accessTokens(TOKENS)
                .google(Optional.of(google))
                .uploads(uploads)
                .encoding(new EncodingSettings(Duration.ofHours(1), Duration.ofMinutes(30), 3))
                .media(MediaSettings.defaults())
                .workDir(objects.resolveSibling(objects.getFileName() + "-work"))
                .pushOutbox(objects.resolveSibling(objects.getFileName() + "-push-outbox.jsonl"))
                .readiness(new ReadinessSettings(Duration.ofSeconds(2), Duration.ofMillis(1500)))
                .build();
        process.schemaMigrations().migrate();
        base = URI.create("http://127.0.0.1:" + process.httpApi().start("127.0.0.1", 0).port());
    }

    ApiProcess process() {
        return process;
    }

    LocalS3Server s3() {
        return s3;
    }

    URI base() {
        return base;
    }

    Response send(String method, String path, @Nullable String body, @Nullable String accessToken) throws Exception {
        return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), "application/json", accessToken);
    }

    /** Any bytes with any Content-Type (none when null), as a careless or hostile client sends them. */
    Response send(String method, String path, byte @Nullable [] body, @Nullable String contentType, @Nullable String accessToken)
            throws Exception {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        ContractCheck.ofTheDocument().check(body, response);
        JsonNode parsed = response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
        return new Response(response.statusCode(), parsed, response);
    }

    Response post(String path, String body) throws Exception {
        return send("POST", path, body, null);
    }

    /** Signs a new user in through the dev login (an address no one else has) and answers their access token. */
    String signIn(String who) throws Exception {
        return signIn(who, "");
    }

    /** As {@link #signIn(String)}, with more fields of the login body, e.g. {@code ,"fcmToken":"t","platform":"ANDROID"}. */
    String signIn(String who, String moreFields) throws Exception {
        return post("/auth/dev", "{\"email\":\"" + who + "-" + java.util.UUID.randomUUID() + "@example.com\"" + moreFields + "}")
                .body().get("accessToken").asText();
    }

    @Override
    public void close() throws Exception {
        process.httpApi().stop();
        for (AutoCloseable resource : process.resources()) {
            resource.close();
        }
        s3.close();
    }
}
