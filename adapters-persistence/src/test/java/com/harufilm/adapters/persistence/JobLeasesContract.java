package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.JobLeases;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What JobLeases promises, run against every database the product supports. */
abstract class JobLeasesContract extends PersistenceContract {

    static final Duration MINUTE = Duration.ofMinutes(1);

    JobLeases leases() {
        return adapters.jobLeases();
    }

    @Test
    void theFirstHolderTakesAFreeLease() {
        String job = unique("job-");

        assertTrue(leases().acquire(job, "a", NOW, MINUTE));

        assertEquals("a", holder(job));
        assertSameSecond(NOW.plus(MINUTE), leaseUntil(job));
    }

    @Test
    void anotherHolderIsRefusedWhileTheLeaseRuns() {
        String job = unique("job-");
        leases().acquire(job, "a", NOW, MINUTE);

        assertFalse(leases().acquire(job, "b", NOW.plusSeconds(30), MINUTE));

        assertEquals("a", holder(job));
    }

    @Test
    void anotherHolderTakesTheLeaseOnceItHasRunOut() {
        String job = unique("job-");
        leases().acquire(job, "a", NOW, MINUTE);

        assertTrue(leases().acquire(job, "b", NOW.plusSeconds(61), MINUTE));

        assertEquals("b", holder(job));
        assertFalse(leases().acquire(job, "a", NOW.plusSeconds(62), MINUTE));
    }

    @Test
    void theHolderRenewsItsLease() {
        String job = unique("job-");
        leases().acquire(job, "a", NOW, MINUTE);

        assertTrue(leases().acquire(job, "a", NOW.plusSeconds(30), MINUTE));
        // The same times again change nothing in the row; the holder still has it.
        assertTrue(leases().acquire(job, "a", NOW.plusSeconds(30), MINUTE));

        assertSameSecond(NOW.plusSeconds(90), leaseUntil(job));
    }

    @Test
    void leasesOnDifferentJobsAreIndependent() {
        String job = unique("job-");
        leases().acquire(job, "a", NOW, MINUTE);

        assertTrue(leases().acquire(unique("job-"), "b", NOW, MINUTE));
    }

    @Test
    void aReleasedLeaseIsFreeForAnotherHolderAtOnce() {
        String job = unique("job-");
        String other = unique("job-");
        leases().acquire(job, "a", NOW, MINUTE);
        leases().acquire(other, "b", NOW, MINUTE);

        leases().releaseAll("a", NOW.plusSeconds(5));

        assertTrue(leases().acquire(job, "b", NOW.plusSeconds(5), MINUTE));
        assertFalse(leases().acquire(other, "a", NOW.plusSeconds(5), MINUTE), "another holder's lease is left alone");
    }

    String holder(String job) {
        return adapters.jdbi().withHandle(handle -> handle.createQuery("SELECT leased_by FROM job_leases WHERE name = ?")
                .bind(0, job).mapTo(String.class).one());
    }

    Instant leaseUntil(String job) {
        return adapters.jdbi().withHandle(handle -> handle.createQuery("SELECT lease_until FROM job_leases WHERE name = ?")
                .bind(0, job).mapTo(Instant.class).one());
    }
}
