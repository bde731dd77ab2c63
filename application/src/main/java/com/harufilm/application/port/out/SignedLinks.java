package com.harufilm.application.port.out;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** Links to stored objects that players and apps follow without credentials (segments and thumbnails). */
public interface SignedLinks {

    /** A URL a client may use without credentials until {@code expiresAt}. */
    record PresignedUrl(URI url, Instant expiresAt) {
    }

    /**
     * A URL anyone may GET the object with for at least {@code validFor} from now, until its
     * {@code expiresAt}; the same URL may be handed out again while it still covers that long.
     */
    PresignedUrl presignGet(String key, Duration validFor);
}
