package com.harufilm.application.port.out;

import java.time.Duration;
import java.time.Instant;

/** Lets one instance at a time run a periodic job (a sweeper, the reminder tick), whichever instance that is. */
public interface JobLeases {

    /** Takes or renews the lease on {@code job} for {@code holder} until now + duration; false when another holder has it. */
    boolean acquire(String job, String holder, Instant now, Duration duration);

    /** Ends every lease {@code holder} has at {@code now}, so another instance takes the jobs over at its next tick. */
    void releaseAll(String holder, Instant now);
}
