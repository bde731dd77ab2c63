package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoDetails.StoredTimestamp;
import com.harufilm.domain.video.VideoTimestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The owner is in the SQL: another user's id finds and changes nothing of a video or its timestamps. */
public abstract class VideoOwnershipContract<P extends ContractPorts> extends VideoContract<P> {

    @Test
    void aStrangerFindsNothingOfSomeoneElsesVideo() {
        UserId owner = newUser().id();
        UserId stranger = newUser().id();
        Video video = pending(owner, DAY);
        timestamps().addAll(video.id(), List.of(new VideoTimestamp(1, "birthday")), NOW);

        assertEquals(Optional.empty(), videos().findById(stranger, video.id()));
        assertEquals(Optional.empty(), reads().details(stranger, video.id()));
        assertEquals(Map.of(video.id(), List.of()), timestamps().of(stranger, List.of(video.id())));
        assertEquals(Optional.of(video), videos().findById(owner, video.id()));
        assertEquals(video, reads().details(owner, video.id()).orElseThrow().video());
        assertEquals(1, timestamps().of(owner, List.of(video.id())).get(video.id()).size());
    }

    @Test
    void aStrangerChangesNothingOfSomeoneElsesVideo() {
        UserId owner = newUser().id();
        UserId stranger = newUser().id();
        Video video = pending(owner, DAY);
        StoredTimestamp kept = timestamps().add(owner, video.id(), new VideoTimestamp(2, "cake"), NOW).orElseThrow();

        videos().delete(stranger, video.id());
        Optional<StoredTimestamp> added = timestamps().add(stranger, video.id(), new VideoTimestamp(3, "mine now"), NOW);
        boolean deleted = timestamps().delete(stranger, video.id(), kept.id());

        assertEquals(Optional.empty(), added);
        assertFalse(deleted);
        assertEquals(Optional.of(video), videos().findById(owner, video.id()));
        assertEquals(List.of(kept), timestamps().of(owner, List.of(video.id())).get(video.id()));
        assertTrue(timestamps().delete(owner, video.id(), kept.id()));
        videos().delete(owner, video.id());
        assertEquals(Optional.empty(), videos().findById(video.id()));
    }
}
