package com.harufilm.adapters.web.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.adapters.web.tokens.GoogleSettings;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the web client needs to know before sign-in, read from /app/config.json: whether dev login
 * is on, and where Google's sign-in page is with our client id (null where Google is not
 * configured). The client id is public by OAuth's design; the secret never leaves the server.
 */
record ClientConfig(boolean devLogin, @Nullable Google google) {

    record Google(String clientId, String authorizeUrl) {
    }

    static ClientConfig of(boolean devLogin, Optional<GoogleSettings> google) {
        return new ClientConfig(devLogin, google.map(settings -> new Google(settings.clientId(), settings.authorizeUri().toString())).orElse(null));
    }

    byte[] json() {
        try {
            return new ObjectMapper().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
