package com.harufilm.adapters.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.harufilm.application.fakes.MutableClock;
import com.harufilm.application.port.out.SignedLinks;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReusedSignedLinksTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T06:00:00Z"));
    private final List<Duration> signings = new ArrayList<>();
    private final SignedLinks counting = (key, validFor) -> {
        signings.add(validFor);
        return new SignedLinks.PresignedUrl(URI.create("https://store/" + key + "?n=" + signings.size()), clock.instant().plus(validFor));
    };
    private final ReusedSignedLinks links = new ReusedSignedLinks(counting, clock);

    @Test
    void aLinkIsSignedALittleLongerThanAskedAndGivenAgainWhileItCoversTheAsk() {
        SignedLinks.PresignedUrl first = links.presignGet("thumb.jpg", HOUR);
        assertEquals(List.of(HOUR.plusMinutes(5)), signings, "signed for the hour and the reuse window");

        clock.advance(Duration.ofMinutes(4));
        assertEquals(first, links.presignGet("thumb.jpg", HOUR), "the same URL within the window");
        assertFalse(first.expiresAt().isBefore(clock.instant().plus(HOUR)), "still valid the whole hour asked");

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertNotEquals(first, links.presignGet("thumb.jpg", HOUR), "signed again once it no longer covers an hour");
        assertEquals(2, signings.size());
    }

    @Test
    void aShorterAskIsCoveredByALongerLinkAndALongerAskIsNot() {
        SignedLinks.PresignedUrl segment = links.presignGet("seg_000.ts", Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(segment, links.presignGet("seg_000.ts", Duration.ofMinutes(29)), "the playback link's remaining time, a minute on");
        assertNotEquals(segment, links.presignGet("seg_000.ts", HOUR));
        assertEquals(List.of(Duration.ofMinutes(32).plusSeconds(30), HOUR.plusMinutes(5)), signings);
    }

    @Test
    void eachObjectHasItsOwnLinkAndTheirNumberIsBounded() {
        for (int i = 0; i < ReusedSignedLinks.MAX_LINKS; i++) {
            links.presignGet("seg_" + i + ".ts", HOUR);
        }
        assertEquals(ReusedSignedLinks.MAX_LINKS, signings.size());
        links.presignGet("one-more.ts", HOUR);
        links.presignGet("seg_0.ts", HOUR);
        assertEquals(ReusedSignedLinks.MAX_LINKS + 2, signings.size(), "past the bound the links are forgotten and signed again");
    }
}
