package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.application.contract.VideoRepositoryContract;
import com.harufilm.domain.error.VideoAlreadyExists;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoTimestamp;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The VideoRepository contract on a database, with what only a database does: roll back, and cascade to child rows. */
abstract class JdbiVideoRepositoryContract extends VideoRepositoryContract<JdbiPorts> {

    @Test
    void aRefusedVideoInsideATransactionLeavesNothingBehind() {
        UserId user = newUser().id();

        assertThrows(VideoAlreadyExists.class, () -> ports.adapters.transactions().run(() -> {
            pending(user, DAY);
            pending(user, DAY);
        }));

        assertEquals(Optional.empty(), videos().findByDate(user, DAY));
    }

    @Test
    void deletingAVideoRemovesItsTimestampRows() {
        Video video = pending(newUser().id(), DAY);
        timestamps().addAll(video.id(), List.of(new VideoTimestamp(1.5, "웃음"), new VideoTimestamp(12, "sunset")), NOW);

        videos().delete(video.userId(), video.id());

        assertEquals(0, ports.count("SELECT COUNT(*) FROM video_timestamps WHERE video_id = ?", video.id().value()));
    }
}
