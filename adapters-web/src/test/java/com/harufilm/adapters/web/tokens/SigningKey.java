package com.harufilm.adapters.web.tokens;

import com.auth0.jwt.algorithms.Algorithm;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An RSA key pair standing in for one of Google's: signs ID tokens and appears in a JWKS. */
public record SigningKey(String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey) {

    public static SigningKey generate(String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new SigningKey(kid, (RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same kid with a different key: what a forger would sign with. */
    SigningKey impostor() {
        return generate(kid);
    }

    public Algorithm algorithm() {
        return Algorithm.RSA256(publicKey, privateKey);
    }

    /** A JWKS document as Google serves it at /oauth2/v3/certs. */
    public static String jwks(SigningKey... keys) {
        return Stream.of(keys).map(SigningKey::jwk).collect(Collectors.joining(",", "{\"keys\":[", "]}"));
    }

    private String jwk() {
        return "{\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"kid\":\"" + kid + "\",\"n\":\"" + unsigned(publicKey.getModulus())
                + "\",\"e\":\"" + unsigned(publicKey.getPublicExponent()) + "\"}";
    }

    /** JWK numbers are unsigned big-endian base64url; BigInteger adds a sign byte when the top bit is set. */
    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
