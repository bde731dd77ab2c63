package com.harufilm.adapters.web.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.harufilm.domain.error.InvalidToken;
import com.harufilm.domain.error.TokenExpired;
import com.harufilm.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Access tokens name their user until they expire, and nothing forged, swapped or retired gets through. */
class JwtAccessTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");
    private static final UserId USER = new UserId(42);
    private static final byte[] OLD_KEY = key("old");
    private static final byte[] NEW_KEY = key("new");

    private final JwtAccessTokens tokens = new JwtAccessTokens(new AccessTokenSettings("k1", Map.of("k1", OLD_KEY)));

    @Test
    void anIssuedTokenNamesItsUser() {
        String token = tokens.issue(USER, NOW);

        assertEquals(USER, tokens.verify(token, NOW.plusSeconds(60)));
        assertEquals("k1", JWT.decode(token).getKeyId());
        assertEquals("harufilm", JWT.decode(token).getIssuer());
        assertEquals(NOW.plus(Duration.ofMinutes(15)), JWT.decode(token).getExpiresAtAsInstant());
    }

    @Test
    void aTokenPastItsLifetimeHasExpired() {
        String token = tokens.issue(USER, NOW);

        assertThrows(TokenExpired.class, () -> tokens.verify(token, NOW.plus(tokens.lifetime()).plusSeconds(1)));
    }

    @Test
    void aTamperedPayloadIsInvalid() {
        String[] parts = tokens.issue(USER, NOW).split("\\.");
        String otherUser = base64Url("{\"iss\":\"harufilm\",\"sub\":\"1\",\"iat\":" + NOW.getEpochSecond()
                + ",\"exp\":" + NOW.plusSeconds(900).getEpochSecond() + "}");

        assertInvalid(parts[0] + "." + otherUser + "." + parts[2]);
    }

    @Test
    void aTamperedSignatureIsInvalid() {
        String token = tokens.issue(USER, NOW);
        char last = token.charAt(token.length() - 5);

        assertInvalid(token.substring(0, token.length() - 5) + (last == 'A' ? 'B' : 'A') + token.substring(token.length() - 4));
    }

    @Test
    void anUnsignedTokenIsInvalid() {
        assertRefusedForItsAlgorithm(claims("k1").sign(Algorithm.none()));
        assertRefusedForItsAlgorithm(base64Url("{\"alg\":\"none\",\"kid\":\"k1\"}") + "." + base64Url("{\"iss\":\"harufilm\",\"sub\":\"42\"}") + ".");
    }

    @Test
    void aTokenSignedWithRs256IsInvalidEvenUnderOurKeyId() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();

        assertRefusedForItsAlgorithm(claims("k1").sign(Algorithm.RSA256((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate())));
    }

    @Test
    void aTokenSignedWithAnotherSecretIsInvalid() {
        assertInvalid(claims("k1").sign(Algorithm.HMAC256(NEW_KEY)));
    }

    @Test
    void aTokenNamingAnUnknownOrNoKeyIsInvalid() {
        assertInvalid(claims("k9").sign(Algorithm.HMAC256(OLD_KEY)));
        assertInvalid(JWT.create().withIssuer("harufilm").withSubject("42").withExpiresAt(NOW.plusSeconds(60)).sign(Algorithm.HMAC256(OLD_KEY)));
    }

    @Test
    void aTokenFromAnotherIssuerOrForNoUserIsInvalid() {
        assertInvalid(claims("k1").withIssuer("someone-else").sign(Algorithm.HMAC256(OLD_KEY)));
        assertInvalid(claims("k1").withSubject("not-a-number").sign(Algorithm.HMAC256(OLD_KEY)));
        assertInvalid("not a token");
    }

    @Test
    void aTokenSignedWithTheOldKeyVerifiesUntilThatKeyIsRetired() {
        String signedWithOldKey = tokens.issue(USER, NOW);
        JwtAccessTokens rotated = new JwtAccessTokens(new AccessTokenSettings("k2", Map.of("k1", OLD_KEY, "k2", NEW_KEY)));
        JwtAccessTokens retired = new JwtAccessTokens(new AccessTokenSettings("k2", Map.of("k2", NEW_KEY)));

        assertEquals(USER, rotated.verify(signedWithOldKey, NOW));
        String signedWithNewKey = rotated.issue(USER, NOW);
        assertEquals("k2", JWT.decode(signedWithNewKey).getKeyId());
        assertEquals(USER, retired.verify(signedWithNewKey, NOW));
        assertThrows(InvalidToken.class, () -> retired.verify(signedWithOldKey, NOW));
    }

    private InvalidToken assertInvalid(String token) {
        return assertThrows(InvalidToken.class, () -> tokens.verify(token, NOW));
    }

    /** Refused because the algorithm is not HS256, not by luck of some later check. */
    private void assertRefusedForItsAlgorithm(String token) {
        String reason = assertInvalid(token).getMessage();
        assertTrue(reason.endsWith("it is signed with an unexpected algorithm"), reason);
    }

    /** A token that would pass but for what the test changes or signs it with. */
    private static JWTCreator.Builder claims(String keyId) {
        return JWT.create().withKeyId(keyId).withIssuer("harufilm").withSubject("42")
                .withIssuedAt(NOW).withExpiresAt(NOW.plusSeconds(900));
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] key(String name) {
        return (name + "-secret-of-at-least-thirty-two-bytes").getBytes(StandardCharsets.UTF_8);
    }
}
