package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.domain.share.Share;
import com.harufilm.domain.share.ShareId;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What ShareLinks promises: links found by their token's hash until they expire, reached by the owner only, gone with their video or user. */
public abstract class ShareLinksContract<P extends ContractPorts> extends VideoContract<P> {

    private static final Instant LATER = NOW.plus(Duration.ofHours(1));
    private static final Instant WEEK = NOW.plus(Duration.ofDays(7));

    private ShareLinks shares() {
        return ports.shareLinks();
    }

    private Share share(UserId owner, Video video, Instant at, Instant expiresAt) {
        String hash = unique("hash-");
        return shares().insert(owner, video.id(), unique("").substring(0, 22), (hash + "0".repeat(64)).substring(0, 64), at, expiresAt);
    }

    @Test
    void aLinkIsFoundByItsHashUntilItExpiresAndListedNewestFirstToItsOwnerOnly() {
        UserId owner = newUser().id();
        Video video = pending(owner, DAY);
        Share first = share(owner, video, NOW, WEEK);
        Share second = share(owner, video, LATER, NOW.plus(Duration.ofHours(2)));
        Share otherDay = share(owner, pending(owner, DAY.plusDays(1)), NOW, WEEK);

        assertTrue(first.id().value() > 0);
        assertEquals(0, first.views());
        assertEquals(Optional.of(first), shares().findLive(first.tokenHash(), NOW));
        assertEquals(List.of(second, first), shares().live(owner, video.id(), LATER));
        assertEquals(3, shares().countLive(owner, LATER));
        assertEquals(List.of(), shares().live(newUser().id(), video.id(), NOW), "another user sees none of them");
        assertEquals(Optional.empty(), shares().findLive("f".repeat(64), NOW));

        Instant pastSecond = NOW.plus(Duration.ofHours(2));
        assertEquals(Optional.empty(), shares().findLive(second.tokenHash(), pastSecond), "expired at expiresAt");
        assertEquals(List.of(first), shares().live(owner, video.id(), pastSecond));
        assertEquals(2, shares().countLive(owner, pastSecond));
        assertEquals(List.of(otherDay), shares().live(owner, otherDay.videoId(), pastSecond));
    }

    @Test
    void viewsAreCounted() {
        UserId owner = newUser().id();
        Share link = share(owner, pending(owner, DAY), NOW, WEEK);

        shares().countView(link.id());
        shares().countView(link.id());

        assertEquals(2, shares().findLive(link.tokenHash(), NOW).orElseThrow().views());
    }

    @Test
    void onlyTheOwnerRevokesALinkAndItEndsAtOnce() {
        UserId owner = newUser().id();
        Share link = share(owner, pending(owner, DAY), NOW, WEEK);

        assertFalse(shares().revoke(newUser().id(), link.id()));
        assertTrue(shares().findLive(link.tokenHash(), NOW).isPresent());
        assertTrue(shares().revoke(owner, link.id()));
        assertFalse(shares().revoke(owner, link.id()));
        assertFalse(shares().revoke(owner, new ShareId(Long.MAX_VALUE)));
        assertEquals(Optional.empty(), shares().findLive(link.tokenHash(), NOW));
        assertEquals(0, shares().countLive(owner, NOW));
    }

    @Test
    void deletingTheVideoOrTheUserEndsTheirLinks() {
        UserId owner = newUser().id();
        Video deleted = pending(owner, DAY);
        Share ofDeletedVideo = share(owner, deleted, NOW, WEEK);
        Share ofKeptVideo = share(owner, pending(owner, DAY.plusDays(1)), NOW, WEEK);

        videos().delete(owner, deleted.id());

        assertEquals(Optional.empty(), shares().findLive(ofDeletedVideo.tokenHash(), NOW));
        assertEquals(Optional.of(ofKeptVideo), shares().findLive(ofKeptVideo.tokenHash(), NOW));

        ports.users().delete(owner);

        assertEquals(Optional.empty(), shares().findLive(ofKeptVideo.tokenHash(), NOW));
    }

    @Test
    void linksThatExpiredBeforeAMomentAreForgottenInRoundsAndNoOthers() {
        // Long before NOW, so the other cases' links (expiring after NOW) are out of the way; whole
        // seconds, as the database keeps them.
        Instant made = NOW.minus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS);
        Instant cutoff = made.plus(Duration.ofDays(40));
        UserId owner = newUser().id();
        Video video = pending(owner, DAY);
        List<Share> old = List.of(share(owner, video, made, cutoff.minus(Duration.ofDays(10))),
                share(owner, video, made, cutoff.minus(Duration.ofDays(1))), share(owner, video, made, cutoff.minusSeconds(1)));
        Share atCutoff = share(owner, video, made, cutoff);
        Share kept = share(owner, video, made, cutoff.plus(Duration.ofDays(10)));

        assertEquals(2, shares().forgetFinishedBefore(cutoff, 2), "at most the limit a round");
        while (shares().forgetFinishedBefore(cutoff, 2) > 0) {
            // the rest, round by round
        }

        Instant whileAllWereLive = made.plusSeconds(1);
        old.forEach(share -> assertEquals(Optional.empty(), shares().findLive(share.tokenHash(), whileAllWereLive)));
        assertTrue(shares().findLive(atCutoff.tokenHash(), whileAllWereLive).isPresent(), "expired at the cutoff, not before it");
        assertTrue(shares().findLive(kept.tokenHash(), whileAllWereLive).isPresent());
    }
}
