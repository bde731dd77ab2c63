package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.harufilm.application.port.out.EncodingAttempts;
import com.harufilm.application.port.out.EncodingAttempts.UnheldVideo;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What EncodingAttempts promises, run on every database the product supports and on the fake. */
public abstract class EncodingAttemptsContract<P extends ContractPorts> extends VideoContract<P> {

    // Long before NOW, so what other tests of the class write (at NOW) falls outside every window here.
    protected static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    /** How many attempts the store counts for {@code video}. */
    protected abstract long attemptsOf(VideoId video);

    protected EncodingAttempts attempts() {
        return ports.encodingAttempts();
    }

    @Test
    void everyBeginIsCountedWhileTheVideoIsUnfinished() {
        Video video = pending(newUser().id(), DAY);

        assertEquals(1, attempts().begin(video.id(), NOW));
        assertEquals(2, attempts().begin(video.id(), NOW));
        encodingState().markFailed(video.id(), "no", NOW);

        assertEquals(0, attempts().begin(video.id(), NOW), "a finished video takes no attempts");
        assertEquals(0, attempts().begin(new VideoId(Long.MAX_VALUE), NOW), "nor does a deleted one");
        assertEquals(2, attemptsOf(video.id()));
    }

    @Test
    void unheldVideosAreThoseWhoseHoldRanOutOrWhoseUnbegunJobWasQueuedBeforeTheCutOffOldestFirst() {
        UserId user = newUser().id();
        Video lost = pending(user, DAY, LONG_AGO);
        Video waiting = pending(user, DAY.plusDays(1), LONG_AGO.plusSeconds(120));
        Video silent = pending(user, DAY.plusDays(2), LONG_AGO);
        encodingState().markEncoding(silent.id(), LONG_AGO.plusSeconds(30));
        attempts().begin(silent.id(), LONG_AGO.plusSeconds(60));
        Video reporting = pending(user, DAY.plusDays(3), LONG_AGO);
        encodingState().markEncoding(reporting.id(), LONG_AGO.plusSeconds(40));
        attempts().begin(reporting.id(), LONG_AGO.plusSeconds(60));
        attempts().renew(reporting.id(), LONG_AGO.plusSeconds(600));
        Video complete = pending(user, DAY.plusDays(4), LONG_AGO);
        encodingState().markComplete(complete.id(), encoded(complete, 5), LONG_AGO);

        Instant now = LONG_AGO.plusSeconds(90);
        Instant queuedBefore = LONG_AGO.plusSeconds(60);
        assertEquals(List.of(new UnheldVideo(lost, 0, false), new UnheldVideo(withStatus(silent, VideoStatus.ENCODING), 1, true)),
                attempts().unheld(now, queuedBefore, 10));
        assertEquals(List.of(lost.id()), ids(attempts().unheld(now, queuedBefore, 1)));

        attempts().requeued(lost.id(), 1, LONG_AGO.plusSeconds(100));
        attempts().requeued(silent.id(), 0, LONG_AGO.plusSeconds(100));
        attempts().requeued(complete.id(), 1, LONG_AGO.plusSeconds(100));

        assertEquals(List.of(), attempts().unheld(now, queuedBefore, 10), "queued again after the cut-off, holds dropped");
        assertEquals(List.of(new UnheldVideo(lost, 1, false), new UnheldVideo(withStatus(silent, VideoStatus.ENCODING), 1, false),
                        new UnheldVideo(waiting, 0, false)),
                attempts().unheld(now, LONG_AGO.plusSeconds(121), 10));
        assertEquals(0, attemptsOf(complete.id()), "finished: untouched");
    }

    @Test
    void aPendingVideoTakesNoRenewal() {
        Instant evenEarlier = LONG_AGO.minus(Duration.ofDays(365));
        Video video = pending(newUser().id(), DAY, evenEarlier);

        attempts().renew(video.id(), evenEarlier.plusSeconds(600));

        assertEquals(List.of(video.id()), ids(attempts().unheld(evenEarlier, evenEarlier.plusSeconds(1), 10)));
    }

    @Test
    void anInterruptedAttemptIsNotCountedAndLeavesTheVideoUnheldAsAJobWaitingInTheQueue() {
        Instant twoYearsEarlier = LONG_AGO.minus(Duration.ofDays(730));
        Video video = pending(newUser().id(), DAY, twoYearsEarlier);
        encodingState().markEncoding(video.id(), twoYearsEarlier.plusSeconds(10));
        attempts().begin(video.id(), twoYearsEarlier.plusSeconds(600));

        attempts().interrupted(video.id());

        assertEquals(0, attemptsOf(video.id()));
        List<UnheldVideo> unheld = attempts().unheld(twoYearsEarlier.plusSeconds(1), twoYearsEarlier.plusSeconds(1), 10);
        assertEquals(List.of(video.id()), ids(unheld), "no hold keeps it, its job counts as queued again");
        assertFalse(unheld.getFirst().begun());
    }

    @Test
    void theQueueHasMovedPastTheQueueTimeOfTheLatestQueuedJobThatBegan() {
        Instant farAhead = Instant.parse("2031-01-01T00:00:00Z");
        Video queuedEarlier = pending(newUser().id(), DAY, farAhead);
        Video queuedLater = pending(newUser().id(), DAY, farAhead.plusSeconds(60));
        attempts().requeued(queuedLater.id(), 0, farAhead.plusSeconds(120));

        attempts().begin(queuedLater.id(), farAhead.plusSeconds(600));
        attempts().begin(queuedEarlier.id(), farAhead.plusSeconds(600));

        assertEquals(Optional.of(farAhead.plusSeconds(120)), attempts().queueMovedPast());
    }

    private static List<VideoId> ids(List<UnheldVideo> unheld) {
        return unheld.stream().map(u -> u.video().id()).toList();
    }

    private static Video withStatus(Video video, VideoStatus status) {
        return new Video(video.id(), video.userId(), video.uploadDate(), status, video.sourceKey(), video.outputPrefix(),
                video.createdAt());
    }
}
