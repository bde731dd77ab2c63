package com.harufilm.bootstrap.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.auth0.jwt.JWT;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.harufilm.adapters.web.tokens.GoogleSettings;
import com.harufilm.adapters.web.tokens.SigningKey;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Google's token endpoint and signing keys on loopback for the HTTP tests: codes made valid one by one. */
final class GoogleStub implements AutoCloseable {

    static final String CLIENT_ID = "web-client.apps.googleusercontent.com";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final SigningKey key = SigningKey.generate("test-key");

    GoogleStub() {
        server.start();
        server.stubFor(get("/certs").willReturn(okJson(SigningKey.jwks(key))));
        server.stubFor(post("/token").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\"}")));
    }

    GoogleSettings settings() {
        URI base = URI.create(server.baseUrl());
        return new GoogleSettings(base.resolve("/token"), base.resolve("/certs"), CLIENT_ID, "client-secret", List.of(CLIENT_ID),
                Duration.ofSeconds(5));
    }

    /** Makes {@code code} a valid authorization code for this Google account. */
    void accept(String code, String subject, String email) {
        Instant now = Instant.now();
        String idToken = JWT.create().withKeyId("test-key").withIssuer("https://accounts.google.com").withAudience(CLIENT_ID)
                .withSubject(subject).withClaim("email", email).withClaim("email_verified", true).withClaim("name", "Google " + subject)
                .withIssuedAt(Date.from(now)).withExpiresAt(Date.from(now.plusSeconds(3600)))
                .sign(key.algorithm());
        server.stubFor(post("/token").withRequestBody(containing("code=" + code))
                .willReturn(okJson("{\"access_token\":\"ya29\",\"id_token\":\"" + idToken + "\",\"expires_in\":3599}")));
    }

    @Override
    public void close() {
        server.stop();
    }
}
