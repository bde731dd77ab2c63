package com.harufilm.bootstrap.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.auth0.jwt.JWT;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.harufilm.adapters.web.tokens.GoogleSettings;
import com.harufilm.adapters.web.tokens.SigningKey;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Google on loopback for the HTTP and browser tests: its sign-in page (which sends the browser
 * straight back with a code, or with the user's refusal), its token endpoint (codes made valid one
 * by one) and its signing keys.
 */
public final class GoogleStub implements AutoCloseable {

    public static final String CLIENT_ID = "web-client.apps.googleusercontent.com";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final SigningKey key = SigningKey.generate("test-key");

    public GoogleStub() {
        server.start();
        server.stubFor(get("/certs").willReturn(okJson(SigningKey.jwks(key))));
        server.stubFor(post("/token").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\"}")));
    }

    GoogleSettings settings() {
        URI base = URI.create(server.baseUrl());
        return new GoogleSettings(base.resolve("/authorize"), base.resolve("/token"), base.resolve("/certs"), CLIENT_ID, "client-secret", List.of(CLIENT_ID),
                Duration.ofSeconds(5));
    }

    /** The settings as the launcher reads them, for a process started with this Google. */
    public Map<String, String> env() {
        GoogleSettings settings = settings();
        return Map.of("HARU_GOOGLE_CLIENT_ID", settings.clientId(), "HARU_GOOGLE_CLIENT_SECRET", settings.clientSecret(),
                "HARU_GOOGLE_AUTHORIZE_URL", settings.authorizeUri().toString(), "HARU_GOOGLE_TOKEN_URL", settings.tokenUri().toString(),
                "HARU_GOOGLE_JWKS_URL", settings.jwksUri().toString());
    }

    /**
     * The sign-in page sends the browser back to its redirect URI with {@code code}, made valid for
     * this account once the client proves it holds the PKCE verifier (the secret too, as ours does).
     */
    public void signsInAs(String code, String subject, String email) {
        redirectBack("code=" + code);
        accept(code, subject, email);
    }

    /** The sign-in page sends the browser back as Google does when the user refuses. */
    public void refusesSignIn() {
        redirectBack("error=access_denied");
    }

    private void redirectBack(String answer) {
        server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{{request.query.redirect_uri}}}?" + answer + "&state={{{request.query.state}}}")
                .withTransformers("response-template")));
    }

    /** The query the browser brought to the sign-in page last. */
    public Map<String, String> lastSignInQuery() {
        List<LoggedRequest> visits = server.findAll(getRequestedFor(urlPathEqualTo("/authorize")));
        return form(URI.create(visits.getLast().getUrl()).getRawQuery());
    }

    /** The form the API posted to the token endpoint last. */
    public Map<String, String> lastTokenRequest() {
        List<LoggedRequest> trades = server.findAll(postRequestedFor(urlPathEqualTo("/token")));
        return form(trades.getLast().getBodyAsString());
    }

    /** How many times the token endpoint was called. */
    public int tokenRequests() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/token"))).size();
    }

    private static Map<String, String> form(String encoded) {
        return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
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
