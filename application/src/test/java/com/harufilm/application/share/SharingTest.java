package com.harufilm.application.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.fakes.InMemoryObjectStore;
import com.harufilm.application.fakes.InMemoryPorts;
import com.harufilm.application.fakes.MutableClock;
import com.harufilm.application.playback.PlaylistRewriter;
import com.harufilm.application.share.OpenSharedDay.Visitor;
import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.error.ShareNotFound;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.error.VideoNotReady;
import com.harufilm.domain.share.ShareRules;
import com.harufilm.domain.share.ShareToken;
import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.ObjectKeys;
import com.harufilm.domain.video.Rendition;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SharingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));
    private final InMemoryPorts ports = new InMemoryPorts();
    private final InMemoryObjectStore store = new InMemoryObjectStore(clock);
    private final ShareTokens tokens = new ShareTokens(List.of(key("current")), new SplittableRandom(3));
    private final UserId owner = user("owner@example.com");
    private final Video video = complete(owner, DAY);

    private final CreateShare create = new CreateShare(ports.users(), ports.videos(), ports.shareLinks(), tokens, ports.transactions(), clock);
    private final ListShares list = new ListShares(ports.videos(), ports.shareLinks(), tokens, clock);
    private final RevokeShare revoke = new RevokeShare(ports.shareLinks());
    private final OpenSharedDay open = new OpenSharedDay(ports.shareLinks(), ports.diaryReads(), clock);
    private final ServeSharedMedia media = new ServeSharedMedia(ports.shareLinks(), ports.diaryReads(), new PlaylistRewriter(store, store),
            store, Duration.ofMinutes(15), clock);

    private static byte[] key(String name) {
        return (name + "-share-key-of-at-least-32-bytes!").getBytes(StandardCharsets.UTF_8);
    }

    private UserId user(String email) {
        return ports.users().insertOrGet(NewUser.withDefaults(null, email, null, null, ZoneId.of("Asia/Seoul")), clock.instant()).id();
    }

    private Video complete(UserId user, LocalDate date) {
        Video pending = ports.videos().insertPending(user, date, "users/" + user + "/videos/" + date + "/source",
                "users/" + user + "/videos/" + date + "/", clock.instant());
        String hls = ObjectKeys.hlsPrefix(pending.outputPrefix());
        ports.videoEncodingState().markComplete(pending.id(),
                new EncodedVideo(4.5, 720, 1280, List.of(new Rendition(720, 1280, 2_000_000, hls + "1280p/index.m3u8"))), clock.instant());
        store.contents.put(hls + "master.m3u8", "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2000000\n1280p/index.m3u8\n");
        store.contents.put(hls + "1280p/index.m3u8", "#EXTM3U\n#EXTINF:4.5,\nseg_000.ts\n#EXT-X-ENDLIST\n");
        return pending;
    }

    @Test
    void aLinkToACompleteDayOpensItsPageCountsTheViewAndServesItsPlaylists() {
        ShareView made = create.create(owner, video.id(), null);

        assertEquals(clock.instant().plus(Duration.ofHours(168)), made.share().expiresAt(), "a week by default");
        assertTrue(ShareToken.wellFormed(made.token().value()));
        assertNotEquals(made.token().value(), made.share().tokenHash(), "only the hash is kept");
        assertEquals(made.token().hash(), made.share().tokenHash());

        var day = open.open(made.token().value(), Visitor.PERSON);
        var preview = open.open(made.token().value(), Visitor.LINK_PREVIEWER);

        assertEquals(new OpenSharedDay.SharedDay(DAY, 4.5, 720, 1280), day);
        assertEquals(day, preview, "a previewer sees the same day");
        assertEquals(1, list.list(owner, video.id()).getFirst().share().views(), "a person's open is a view, a previewer's is not");
        assertEquals("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2000000\n1280p/index.m3u8\n", media.playlist(made.token().value(), "master.m3u8"),
                "the next playlist is named relative to the link's own path");
        String segment = media.playlist(made.token().value(), "1280p/index.m3u8").lines().filter(line -> line.startsWith("http")).findFirst()
                .orElseThrow();
        assertEquals("http://store/" + ObjectKeys.hlsPrefix(video.outputPrefix()) + "1280p/seg_000.ts?signed&expires="
                + clock.instant().plus(Duration.ofMinutes(15)).getEpochSecond(), segment, "segments come from the store, short-lived");
        assertTrue(media.thumbnail(made.token().value()).toString().startsWith("http://store/" + video.outputPrefix()));
    }

    @Test
    void segmentLinksNeverOutliveTheShare() {
        ShareView made = create.create(owner, video.id(), 1);
        clock.advance(Duration.ofMinutes(55));

        String segment = media.playlist(made.token().value(), "1280p/index.m3u8").lines().filter(line -> line.startsWith("http")).findFirst()
                .orElseThrow();

        assertTrue(segment.endsWith("expires=" + made.share().expiresAt().getEpochSecond()), segment);
    }

    @Test
    void onlyTheOwnersCompleteDayCanBeSharedForOneToSevenHundredTwentyHours() {
        Video encoding = ports.videos().insertPending(owner, DAY.minusDays(1), "s", "users/x/videos/y/", clock.instant());

        assertThrows(VideoNotReady.class, () -> create.create(owner, encoding.id(), null));
        assertThrows(VideoNotFound.class, () -> create.create(user("other@example.com"), video.id(), null));
        assertThrows(InvalidRequest.class, () -> create.create(owner, video.id(), 0));
        assertThrows(InvalidRequest.class, () -> create.create(owner, video.id(), 721));
        assertEquals(clock.instant().plus(Duration.ofHours(720)), create.create(owner, video.id(), 720).share().expiresAt());
        assertEquals(VideoStatus.PENDING, encoding.status());
    }

    @Test
    void aUserHoldsAtMostFiftyLiveLinksAndAnExpiredOneFreesItsPlace() {
        for (int i = 0; i < ShareRules.MAX_LIVE_PER_USER - 1; i++) {
            create.create(owner, video.id(), 720);
        }
        create.create(owner, complete(owner, DAY.minusDays(3)).id(), 1);

        assertThrows(InvalidRequest.class, () -> create.create(owner, video.id(), null));
        clock.advance(Duration.ofHours(1));
        create.create(owner, video.id(), null);
    }

    @Test
    void theOwnersListShowsEachLiveLinkAgainNewestFirst() {
        ShareView first = create.create(owner, video.id(), 1);
        clock.advance(Duration.ofMinutes(1));
        ShareView second = create.create(owner, video.id(), null);

        assertEquals(List.of(second, first), list.list(owner, video.id()));
        assertThrows(VideoNotFound.class, () -> list.list(user("other@example.com"), video.id()));
        clock.advance(Duration.ofHours(1));
        assertEquals(List.of(second), list.list(owner, video.id()));
    }

    @Test
    void aLinkMadeWithARetiredKeyStillOpensButCannotBeShownAgainOnceTheKeyIsGone() {
        ShareView made = create.create(owner, video.id(), null);
        ShareTokens rotated = new ShareTokens(List.of(key("next"), key("current")), new SplittableRandom(4));
        ShareTokens retired = new ShareTokens(List.of(key("next")), new SplittableRandom(4));

        assertEquals(made.token(), new ListShares(ports.videos(), ports.shareLinks(), rotated, clock).list(owner, video.id()).getFirst().token());
        assertNull(new ListShares(ports.videos(), ports.shareLinks(), retired, clock).list(owner, video.id()).getFirst().token());
        open.open(made.token().value(), Visitor.PERSON);
    }

    @Test
    void revokedExpiredUnknownAndMalformedLinksAllAnswerShareNotFound() {
        ShareView revoked = create.create(owner, video.id(), null);
        ShareView expiring = create.create(owner, video.id(), 1);
        ShareView ofDeletedVideo = create.create(owner, complete(owner, DAY.minusDays(1)).id(), null);

        assertThrows(ShareNotFound.class, () -> revoke.revoke(user("other@example.com"), revoked.share().id()));
        revoke.revoke(owner, revoked.share().id());
        assertThrows(ShareNotFound.class, () -> revoke.revoke(owner, revoked.share().id()));
        ports.videos().delete(owner, ofDeletedVideo.share().videoId());
        clock.advance(Duration.ofHours(1));

        for (String token : List.of(revoked.token().value(), expiring.token().value(), ofDeletedVideo.token().value(), "A".repeat(32),
                "../../etc/passwd", "")) {
            assertThrows(ShareNotFound.class, () -> open.open(token, Visitor.PERSON), token);
            assertThrows(ShareNotFound.class, () -> media.playlist(token, "master.m3u8"), token);
            assertThrows(ShareNotFound.class, () -> media.thumbnail(token), token);
        }
    }

    @Test
    void deletingTheAccountEndsItsLinks() {
        ShareView made = create.create(owner, video.id(), null);

        ports.users().delete(owner);

        assertThrows(ShareNotFound.class, () -> open.open(made.token().value(), Visitor.PERSON));
    }
}
