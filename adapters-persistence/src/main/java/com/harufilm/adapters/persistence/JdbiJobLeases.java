package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.JobLeases;
import java.time.Duration;
import java.time.Instant;

/** Leases on periodic jobs in job_leases, one row a job, taken with compare-and-set statements. */
final class JdbiJobLeases implements JobLeases {

    private final JdbiHandles handles;

    JdbiJobLeases(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public boolean acquire(String job, String holder, Instant now, Duration duration) {
        Instant until = now.plus(duration);
        // Take it if it has run out or renew it if ours. Two instances racing: the row lock queues
        // the second UPDATE, which then sees the first one's lease and matches nothing. Connector/J
        // counts matched rows, not changed ones, so a renewal with the same times still counts 1.
        int taken = handles.withHandle(handle -> handle.createUpdate("""
                        UPDATE job_leases SET lease_until = :until, leased_at = :now, leased_by = :holder
                        WHERE name = :job AND (lease_until <= :now OR leased_by = :holder)""")
                .bind("until", until).bind("now", now).bind("holder", holder).bind("job", job)
                .execute());
        if (taken == 1) {
            return true;
        }
        // No row yet, or another holder's: the primary key lets exactly one first insert through.
        int created = handles.withHandle(handle -> handle.createUpdate("""
                        INSERT IGNORE INTO job_leases (name, lease_until, leased_at, leased_by)
                        VALUES (:job, :until, :now, :holder)""")
                .bind("job", job).bind("until", until).bind("now", now).bind("holder", holder)
                .execute());
        return created == 1;
    }

    @Override
    public void releaseAll(String holder, Instant now) {
        // Only leases still running are cut short; one run out may have passed to another holder meanwhile.
        handles.withHandle(handle -> handle.createUpdate(
                        "UPDATE job_leases SET lease_until = :now WHERE leased_by = :holder AND lease_until > :now")
                .bind("now", now).bind("holder", holder).execute());
    }
}
