package com.harufilm.adapters.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientRateLimitTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;

    @Test
    void anAddressPastItsBudgetIsRefusedWhileOthersGoOn() {
        var limit = new ClientRateLimit(2, new ClientAddresses(0), ticker);
        limit.take("a");
        limit.take("a");

        assertThrows(RateLimitExceeded.class, () -> limit.take("a"));
        assertDoesNotThrow(() -> limit.take("b"));
    }

    @Test
    void aFloodOfAddressesIsHeldToTheBound() {
        var limit = new ClientRateLimit(60, new ClientAddresses(0), ticker);

        for (int i = 0; i < ClientRateLimit.MAX_TRACKED_CLIENTS + 50_000; i++) {
            limit.take("addr-" + i);
        }

        assertTrue(limit.trackedClients() <= ClientRateLimit.MAX_TRACKED_CLIENTS, limit.trackedClients() + " buckets");
    }

    @Test
    void aBucketUntouchedForAMinuteIsForgotten() {
        var limit = new ClientRateLimit(1, new ClientAddresses(0), ticker);
        limit.take("a");
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThrows(RateLimitExceeded.class, () -> limit.take("a"), "a refused attempt touches it too");

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());

        assertTrue(limit.trackedClients() == 0, limit.trackedClients() + " buckets");
        assertDoesNotThrow(() -> limit.take("a"));
    }

    @Test
    void theAddressesOfOneIpv6BlockShareOneBudget() {
        var limit = new ClientRateLimit(2, new ClientAddresses(0), ticker);
        limit.take("2001:db8:1:2::1");
        limit.take("[2001:db8:1:2:ffff:ffff:ffff:ffff]");

        assertThrows(RateLimitExceeded.class, () -> limit.take("2001:0db8:0001:0002:abcd::9"));
        assertDoesNotThrow(() -> limit.take("2001:db8:1:3::1"), "the next /64 is someone else");
        assertDoesNotThrow(() -> limit.take("::ffff:192.0.2.1"), "an IPv4-mapped address is its own");
        assertDoesNotThrow(() -> limit.take("not:an:address:zz"));
    }
}
