package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The VideoRepository contract on MariaDB, the production database's stand-in, and racing changes of one user's ordinals. */
class MariaDbVideoRepositoryIT extends JdbiVideoRepositoryContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }

    // On MariaDB only: the numbering rests on InnoDB row locks, which production has and H2 only imitates.
    @Test
    void racingCompletesAndDeletesOfOneUserLeaveTheOrdinalsDense() throws Exception {
        UserId user = newUser().id();
        List<Video> videos = IntStream.range(0, 8).mapToObj(day -> pending(user, DAY.plusDays(day))).toList();
        List<Video> complete = videos.subList(0, 4);
        complete.forEach(video -> encodingState().markComplete(video.id(), encoded(video, 5), NOW));
        var together = new CyclicBarrier(8);
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Video doomed = complete.get(i);
            Video encoding = videos.get(4 + i);
            changes.add(() -> {
                Concurrently.await(together);
                videos().delete(doomed.userId(), doomed.id());
                return true;
            });
            changes.add(() -> {
                Concurrently.await(together);
                return encodingState().markComplete(encoding.id(), encoded(encoding, 5), NOW);
            });
        }

        List<Boolean> outcomes = Concurrently.run(changes);

        assertEquals(List.of(true, true, true, true, true, true, true, true), outcomes);
        assertEquals(List.of(1, 2, 3, 4), ordinals(user));
    }
}
