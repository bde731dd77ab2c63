package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoDetails.StoredTimestamp;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoTimestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What VideoTimestamps promises: labels by offset, each with its id, reached only through the owner's video. */
public abstract class VideoTimestampsContract<P extends ContractPorts> extends VideoContract<P> {

    @Test
    void timestampsOfSeveralVideosComeInOneMapByOffsetWithAnEmptyListForVideosWithout() {
        UserId user = newUser().id();
        Video stamped = pending(user, DAY);
        Video bare = pending(user, DAY.plusDays(1));
        Video others = pending(newUser().id(), DAY);
        timestamps().addAll(stamped.id(), List.of(new VideoTimestamp(12, "sunset"), new VideoTimestamp(1.5, "웃음"),
                new VideoTimestamp(1.5, "again")), NOW);
        timestamps().addAll(others.id(), List.of(new VideoTimestamp(3, "not asked for")), NOW);

        Map<VideoId, List<StoredTimestamp>> found = timestamps().of(user, List.of(bare.id(), stamped.id(), others.id()));

        assertEquals(Map.of(bare.id(), List.of(), stamped.id(), found.get(stamped.id()), others.id(), List.of()), found,
                "another user's video shows none of its timestamps");
        assertEquals(List.of("1.5 웃음", "1.5 again", "12.0 sunset"), labelled(found.get(stamped.id())));
        assertEquals(Map.of(), timestamps().of(user, List.of()));
    }

    @Test
    void anAddedTimestampHasItsIdAndIsDeletedOnlyThroughItsOwnVideo() {
        UserId user = newUser().id();
        Video video = pending(user, DAY);
        Video other = pending(user, DAY.plusDays(1));

        StoredTimestamp added = timestamps().add(user, video.id(), new VideoTimestamp(4.25, "cake"), NOW).orElseThrow();

        assertTrue(added.id() > 0);
        assertEquals(new StoredTimestamp(added.id(), 4.25, "cake"), added);
        assertEquals(List.of(added), timestamps().of(user, List.of(video.id())).get(video.id()));
        assertFalse(timestamps().delete(user, other.id(), added.id()));
        assertTrue(timestamps().delete(user, video.id(), added.id()));
        assertFalse(timestamps().delete(user, video.id(), added.id()));
        assertEquals(List.of(), timestamps().of(user, List.of(video.id())).get(video.id()));
    }

    @Test
    void detailsLeaveTimestampsToTheirOwnQueryWhichListsThemByOffset() {
        Video video = pending(newUser().id(), DAY);
        timestamps().addAll(video.id(), List.of(new VideoTimestamp(12, "sunset"), new VideoTimestamp(1.5, "웃음")), NOW);
        timestamps().addAll(video.id(), List.of(), NOW);

        VideoDetails details = reads().details(video.id()).orElseThrow();
        List<StoredTimestamp> stamps = timestamps().of(video.userId(), List.of(video.id())).get(video.id());

        assertEquals(video, details.video());
        assertEquals(List.of(), details.timestamps(), "loaded apart, so a failure there cannot lose the video");
        assertEquals(List.of("1.5 웃음", "12.0 sunset"), labelled(stamps));
        assertTrue(stamps.stream().mapToLong(StoredTimestamp::id).allMatch(id -> id > 0));
        assertEquals(List.of(), details.renditions());
        assertEquals(Optional.empty(), reads().details(new VideoId(Long.MAX_VALUE)));
    }

    @Test
    void deletingAVideoTakesItsTimestampsAlong() {
        Video video = pending(newUser().id(), DAY);
        timestamps().addAll(video.id(), List.of(new VideoTimestamp(1.5, "웃음")), NOW);

        videos().delete(video.userId(), video.id());
        Video again = pending(video.userId(), DAY);

        assertEquals(List.of(), timestamps().of(video.userId(), List.of(video.id(), again.id())).get(video.id()));
        assertEquals(List.of(), timestamps().of(video.userId(), List.of(again.id())).get(again.id()));
    }

    static List<String> labelled(List<StoredTimestamp> stamps) {
        return stamps.stream().map(stamp -> stamp.offsetSec() + " " + stamp.label()).toList();
    }
}
