package com.harufilm.adapters.web.tokens;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to reach Google: its sign-in page (where the web client sends the browser), its token
 * endpoint and signing keys, our OAuth client (the one that trades codes), every client id an ID
 * token may be issued to (web, Android, iOS), and how long to wait.
 */
public record GoogleSettings(
        URI authorizeUri, URI tokenUri, URI jwksUri, String clientId, String clientSecret, List<String> audiences, Duration requestTimeout) {

    public static final URI GOOGLE_AUTHORIZE_URI = URI.create("https://accounts.google.com/o/oauth2/v2/auth");
    public static final URI GOOGLE_TOKEN_URI = URI.create("https://oauth2.googleapis.com/token");
    public static final URI GOOGLE_JWKS_URI = URI.create("https://www.googleapis.com/oauth2/v3/certs");
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public GoogleSettings {
        Objects.requireNonNull(authorizeUri, "authorizeUri");
        Objects.requireNonNull(tokenUri, "tokenUri");
        Objects.requireNonNull(jwksUri, "jwksUri");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (clientId.isBlank() || clientSecret.isBlank()) {
            throw new IllegalArgumentException("the Google client id and secret must not be blank");
        }
        audiences = List.copyOf(audiences);
        if (audiences.isEmpty() || audiences.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("name at least one accepted Google audience, none blank");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("the Google request timeout must be positive");
        }
    }

    /** Google's production endpoints with the default timeout. */
    public static GoogleSettings production(String clientId, String clientSecret, List<String> audiences) {
        return new GoogleSettings(GOOGLE_AUTHORIZE_URI, GOOGLE_TOKEN_URI, GOOGLE_JWKS_URI, clientId, clientSecret, audiences, DEFAULT_REQUEST_TIMEOUT);
    }

    /** Hides the client secret: settings get logged. */
    @Override
    public String toString() {
        return "GoogleSettings[authorizeUri=" + authorizeUri + ", tokenUri=" + tokenUri + ", jwksUri=" + jwksUri + ", clientId=" + clientId
                + ", clientSecret=****, audiences=" + audiences + ", requestTimeout=" + requestTimeout + "]";
    }
}
