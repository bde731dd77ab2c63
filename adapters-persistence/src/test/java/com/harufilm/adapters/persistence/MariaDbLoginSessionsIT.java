package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/** The LoginSessions contract on MariaDB, and two refreshes racing with one token. */
class MariaDbLoginSessionsIT extends JdbiLoginSessionsContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }

    // On MariaDB only: the answer rests on InnoDB row locks, which production has and H2 only imitates.
    @Test
    void twoRefreshesRacingWithOneTokenSpendItOnce() throws Exception {
        String hash = tokenHash();
        sessions().start(newUser().id(), hash, NOW, EXPIRES);
        var bothRead = new CyclicBarrier(2);
        Callable<Boolean> refresh = () -> ports.transactions().inTransaction(() -> {
            var seen = stored(hash);
            assertNull(seen.spentAt());
            Concurrently.await(bothRead);
            boolean won = sessions().spend(seen.tokenId(), NOW);
            // Hold the row lock a moment so the other UPDATE queues behind it, as in a real race.
            Concurrently.sleep(200);
            return won;
        });

        List<Boolean> outcomes = Concurrently.run(List.of(refresh, refresh));

        assertEquals(1, outcomes.stream().filter(won -> won).count(), outcomes.toString());
    }
}
