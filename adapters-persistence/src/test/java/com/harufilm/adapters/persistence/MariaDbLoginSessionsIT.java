package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The LoginSessions contract on MariaDB, and two refreshes racing with one token. */
class MariaDbLoginSessionsIT extends LoginSessionsContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }

    // On MariaDB only: the answer rests on InnoDB row locks, which production has and H2 only imitates.
    @Test
    void twoRefreshesRacingWithOneTokenSpendItOnce() throws Exception {
        String hash = tokenHash();
        sessions().start(newUser().id(), hash, NOW, EXPIRES);
        var bothRead = new CyclicBarrier(2);
        Callable<Boolean> refresh = () -> adapters.transactions().inTransaction(() -> {
            var seen = stored(hash);
            assertNull(seen.spentAt());
            awaitQuietly(bothRead);
            boolean won = sessions().spend(seen.tokenId(), NOW);
            // Hold the row lock a moment so the other UPDATE queues behind it, as in a real race.
            sleepQuietly(200);
            return won;
        });

        List<Boolean> outcomes;
        try (var executor = Executors.newFixedThreadPool(2)) {
            List<Future<Boolean>> racing = executor.invokeAll(List.of(refresh, refresh));
            outcomes = List.of(racing.get(0).get(), racing.get(1).get());
        }

        assertEquals(1, outcomes.stream().filter(won -> won).count(), outcomes.toString());
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
