package com.harufilm.adapters.web.tokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.harufilm.application.port.out.GoogleIdentity.GoogleAccount;
import com.harufilm.domain.error.GoogleLoginFailed;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Google sign-in against a stub of Google's token endpoint and JWKS, with ID tokens signed here. */
class GoogleOAuthIdentityIT {

    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");
    private static final String WEB_CLIENT = "web.apps.googleusercontent.com";
    private static final String ANDROID_CLIENT = "android.apps.googleusercontent.com";
    private static final SigningKey K1 = SigningKey.generate("k1");
    private static final SigningKey K2 = SigningKey.generate("k2");
    private static final FakeGoogle google = new FakeGoogle();

    @BeforeAll
    static void startGoogle() {
        google.server.start();
    }

    @AfterAll
    static void stopGoogle() {
        google.server.stop();
    }

    @BeforeEach
    void publishFirstKey() {
        google.server.resetAll();
        google.publish(K1);
    }

    @Test
    void aGoodLoginReturnsTheAccountAndSendsTheCodeAsOurClient() {
        google.answers(idToken().sign(K1.algorithm()));

        GoogleAccount account = identity().verify("the-code", "https://app.harufilm.com/callback", "the-verifier");

        assertEquals(new GoogleAccount("google-sub-1", "haru@example.com", "Haru", "https://lh3.example/p.jpg"), account);
        google.server.verify(postRequestedFor(urlEqualTo("/token"))
                .withFormParam("grant_type", equalTo("authorization_code"))
                .withFormParam("code", equalTo("the-code"))
                .withFormParam("redirect_uri", equalTo("https://app.harufilm.com/callback"))
                .withFormParam("code_verifier", equalTo("the-verifier"))
                .withFormParam("client_id", equalTo(WEB_CLIENT))
                .withFormParam("client_secret", equalTo("web-secret")));
    }

    @Test
    void aTokenForAnyConfiguredClientIsAcceptedAndOneForAnotherAppIsNot() {
        google.answers(idToken().withAudience(ANDROID_CLIENT).sign(K1.algorithm()));
        assertEquals("google-sub-1", identity().verify("code", "uri", null).subject());

        assertRejected(idToken().withAudience("someone-else.apps.googleusercontent.com"));
    }

    @Test
    void anExpiredTokenIsRejectedUnlessWithinAMinuteOfClockSkew() {
        google.answers(idToken().withExpiresAt(NOW.minusSeconds(30)).sign(K1.algorithm()));
        assertEquals("google-sub-1", identity().verify("code", "uri", null).subject());

        assertRejected(idToken().withExpiresAt(NOW.minusSeconds(120)));
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderAPublishedKidIsRejected() {
        String forged = idToken().sign(K1.impostor().algorithm());

        assertRejected(forged);
    }

    @Test
    void aTokenFromAnotherIssuerOrForAnUnverifiedEmailIsRejected() {
        assertRejected(idToken().withIssuer("https://evil.example"));
        assertRejected(idToken().withClaim("email_verified", false));
    }

    @Test
    void aTokenNamingAKeyGoogleDoesNotPublishIsRejected() {
        assertRejected(idToken().withKeyId("k9"));
    }

    @Test
    void aRefusedCodeIsRejectedWith401() {
        google.tokenEndpointAnswers(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Bad Request\"}"));

        GoogleLoginFailed failure = assertThrows(GoogleLoginFailed.class, () -> identity().verify("spent-code", "uri", null));

        assertFalse(failure.googleUnreachable(), "refused, not unreachable: 401");
        assertEquals("Google refused the authorization code (HTTP 400, invalid_grant)", failure.getMessage());
    }

    @Test
    void googleUnreachableAnswers502() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GoogleSettings settings = settings(URI.create("http://127.0.0.1:" + closedPort + "/token"), Duration.ofSeconds(2));

        assertUnreachable(new GoogleOAuthIdentity(settings, clock()));
    }

    @Test
    void googleFailingOrTooSlowAnswers502() {
        google.tokenEndpointAnswers(aResponse().withStatus(503));
        assertUnreachable(identity());

        google.tokenEndpointAnswers(okJson("{}").withFixedDelay(2_000));
        assertUnreachable(new GoogleOAuthIdentity(settings(google.uri("/token"), Duration.ofMillis(300)), clock()));
    }

    @Test
    void signingKeysThatCannotBeFetchedAnswer502() {
        google.certsAnswer(500);
        google.answers(idToken().sign(K1.algorithm()));

        assertUnreachable(identity());
    }

    @Test
    void aKeyPublishedAfterTheFirstFetchIsFetchedWhenATokenNamesIt() {
        GoogleOAuthIdentity identity = identity();
        google.answers(idToken().sign(K1.algorithm()));
        identity.verify("code", "uri", null);

        google.publish(K1, K2);
        google.answers(idToken().withKeyId("k2").sign(K2.algorithm()));
        assertEquals("google-sub-1", identity.verify("code", "uri", null).subject());

        google.answers(idToken().sign(K1.algorithm()));
        identity.verify("code", "uri", null);
        google.server.verify(2, getRequestedFor(urlEqualTo("/certs")));
    }

    private static GoogleOAuthIdentity identity() {
        return new GoogleOAuthIdentity(settings(google.uri("/token"), Duration.ofSeconds(5)), clock());
    }

    private static GoogleSettings settings(URI tokenUri, Duration timeout) {
        return new GoogleSettings(GoogleSettings.GOOGLE_AUTHORIZE_URI, tokenUri, google.uri("/certs"), WEB_CLIENT, "web-secret",
                List.of(WEB_CLIENT, ANDROID_CLIENT), timeout);
    }

    private static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** An ID token as Google issues one for our web client, valid at NOW, kid k1. */
    private static JWTCreator.Builder idToken() {
        return JWT.create().withKeyId("k1").withIssuer("https://accounts.google.com").withAudience(WEB_CLIENT)
                .withSubject("google-sub-1").withClaim("email", "haru@example.com").withClaim("email_verified", true)
                .withClaim("name", "Haru").withClaim("picture", "https://lh3.example/p.jpg")
                .withIssuedAt(NOW.minusSeconds(10)).withExpiresAt(NOW.plusSeconds(3_590));
    }

    private static void assertRejected(JWTCreator.Builder token) {
        assertRejected(token.sign(K1.algorithm()));
    }

    private static void assertRejected(String idToken) {
        google.answers(idToken);

        GoogleLoginFailed failure = assertThrows(GoogleLoginFailed.class, () -> identity().verify("code", "uri", null));

        assertFalse(failure.googleUnreachable(), "refused, not unreachable: 401");
        assertFalse(failure.getMessage().contains(idToken), "the message must not repeat the token");
    }

    private static void assertUnreachable(GoogleOAuthIdentity identity) {
        GoogleLoginFailed failure = assertThrows(GoogleLoginFailed.class, () -> identity.verify("code", "uri", null));

        assertTrue(failure.googleUnreachable(), "unreachable, 502: " + failure.getMessage());
    }
}
