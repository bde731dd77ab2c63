package com.harufilm.application.playback;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.application.fakes.MutableClock;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.video.VideoId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaybackSignerTest {

    private static final byte[] OLD = "old-key".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "new-key".getBytes(StandardCharsets.UTF_8);
    private static final VideoId VIDEO = new VideoId(42);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T07:00:00Z"));

    @Test
    void aLinkSignedBeforeARotationStillPlaysWhileTheRetiredKeyIsListedAndNotAfter() {
        var link = new PlaybackSigner(List.of(OLD), Duration.ofHours(1), clock).sign(VIDEO);

        var rotated = new PlaybackSigner(List.of(NEW, OLD), Duration.ofHours(1), clock);
        assertDoesNotThrow(() -> rotated.verify(VIDEO, link.expires(), link.signature()));
        var fresh = rotated.sign(VIDEO);
        assertDoesNotThrow(() -> new PlaybackSigner(List.of(NEW), Duration.ofHours(1), clock).verify(VIDEO, fresh.expires(), fresh.signature()),
                "new links are signed with the first key");

        var retired = new PlaybackSigner(List.of(NEW), Duration.ofHours(1), clock);
        assertThrows(VideoNotFound.class, () -> retired.verify(VIDEO, link.expires(), link.signature()));
    }

    @Test
    void anAlteredOrExpiredLinkLeadsNowhere() {
        var signer = new PlaybackSigner(List.of(NEW, OLD), Duration.ofHours(1), clock);
        var link = signer.sign(VIDEO);

        assertThrows(VideoNotFound.class, () -> signer.verify(new VideoId(43), link.expires(), link.signature()));
        assertThrows(VideoNotFound.class, () -> signer.verify(VIDEO, link.expires() + 3600, link.signature()));
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThrows(VideoNotFound.class, () -> signer.verify(VIDEO, link.expires(), link.signature()));
    }
}
