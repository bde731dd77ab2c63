package com.harufilm.adapters.media;

import static com.harufilm.domain.error.ErrorCode.S3_URL_GENERATION_FAILED;

import com.harufilm.application.port.out.SignedLinks.PresignedUrl;
import com.harufilm.domain.error.DependencyFailure;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;

/** Turns the SDK's presigned URLs into the ports' PresignedUrl, for part uploads and downloads alike. */
final class PresignedUrls {

    private final Clock clock;

    PresignedUrls(Clock clock) {
        this.clock = clock;
    }

    /** The URL and its expiry by the injected clock (the signature itself counts from the SDK's own clock). */
    PresignedUrl expiring(URL url, Duration validFor, String action) {
        try {
            return new PresignedUrl(url.toURI(), clock.instant().plus(validFor));
        } catch (URISyntaxException e) {
            throw new DependencyFailure(S3_URL_GENERATION_FAILED, action + " failed: not a URI", e);
        }
    }
}
