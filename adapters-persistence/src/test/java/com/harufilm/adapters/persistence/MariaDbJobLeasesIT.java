package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/** The JobLeases contract on MariaDB, and instances racing for a lease nobody holds yet. */
class MariaDbJobLeasesIT extends JobLeasesContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }

    // On MariaDB only: the answer rests on InnoDB's key and row locks, which production has and H2 only imitates.
    @Test
    void twoInstancesRacingForAFreeLeaseLetExactlyOneWin() throws Exception {
        // Several rounds, so the two threads' statements interleave in more than one way.
        for (int round = 0; round < 20; round++) {
            String job = unique("race-");
            var together = new CyclicBarrier(2);
            List<Callable<Boolean>> instances = List.of("instance-a", "instance-b").stream()
                    .<Callable<Boolean>>map(holder -> () -> {
                        Concurrently.await(together);
                        return leases().acquire(job, holder, NOW, Duration.ofMinutes(1));
                    })
                    .toList();

            List<Boolean> outcomes = Concurrently.run(instances);

            assertEquals(1, outcomes.stream().filter(won -> won).count(), "round " + round + ": " + outcomes);
        }
    }
}
