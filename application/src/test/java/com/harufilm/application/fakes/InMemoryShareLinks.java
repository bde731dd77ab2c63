package com.harufilm.application.fakes;

import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.domain.share.Share;
import com.harufilm.domain.share.ShareId;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Share links in a map; a link whose video is gone is gone too, as the database's foreign key has it. */
public final class InMemoryShareLinks implements ShareLinks {

    private record Row(UserId owner, Share share) {
    }

    private final InMemoryVideos videos;
    private final Map<ShareId, Row> rows = new LinkedHashMap<>();
    private long nextId = 1;

    public InMemoryShareLinks(InMemoryVideos videos) {
        this.videos = videos;
    }

    @Override
    public Share insert(UserId owner, VideoId videoId, String seed, String tokenHash, Instant now, Instant expiresAt) {
        if (rows.values().stream().anyMatch(row -> row.share().tokenHash().equals(tokenHash))) {
            throw new IllegalStateException("token hashes are unique");
        }
        Share share = new Share(new ShareId(nextId++), videoId, seed, tokenHash, now, expiresAt, 0);
        rows.put(share.id(), new Row(owner, share));
        return share;
    }

    @Override
    public int countLive(UserId owner, Instant now) {
        return (int) existing().filter(row -> row.owner().equals(owner) && row.share().liveAt(now)).count();
    }

    @Override
    public List<Share> live(UserId owner, VideoId videoId, Instant now) {
        return existing().filter(row -> row.owner().equals(owner) && row.share().videoId().equals(videoId) && row.share().liveAt(now))
                .map(Row::share)
                .sorted(Comparator.comparing(Share::createdAt).thenComparing(share -> share.id().value()).reversed())
                .toList();
    }

    @Override
    public boolean revoke(UserId owner, ShareId id) {
        boolean owned = existing().anyMatch(row -> row.share().id().equals(id) && row.owner().equals(owner));
        return owned && rows.remove(id) != null;
    }

    @Override
    public Optional<Share> findLive(String tokenHash, Instant now) {
        return existing().map(Row::share).filter(share -> share.tokenHash().equals(tokenHash) && share.liveAt(now)).findFirst();
    }

    @Override
    public void countView(ShareId id) {
        rows.computeIfPresent(id, (key, row) -> new Row(row.owner(), new Share(row.share().id(), row.share().videoId(), row.share().seed(),
                row.share().tokenHash(), row.share().createdAt(), row.share().expiresAt(), row.share().views() + 1)));
    }

    @Override
    public int forgetFinishedBefore(Instant before, int limit) {
        List<ShareId> old = rows.values().stream().map(Row::share).filter(share -> share.expiresAt().isBefore(before))
                .limit(limit).map(Share::id).toList();
        old.forEach(rows::remove);
        return old.size();
    }

    /** A deleted user takes their links along. */
    void forgetUser(UserId owner) {
        rows.values().removeIf(row -> row.owner().equals(owner));
    }

    private Stream<Row> existing() {
        return rows.values().stream().filter(row -> videos.rows.containsKey(row.share().videoId()));
    }
}
