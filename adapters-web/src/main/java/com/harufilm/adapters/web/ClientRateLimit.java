package com.harufilm.adapters.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Limits calls per client address (a token bucket each): login, refresh and logout, so nobody can
 * guess codes or tokens at speed, and the public share pages, so nobody can probe links or draw
 * the store's bandwidth through them at speed. The buckets live in a bounded cache: one untouched for a minute
 * has refilled and is dropped (a full bucket is the same as none), and past the bound the least
 * used go first, so a flood of addresses costs memory up to the bound and no scan. An IPv6 client
 * draws on the budget of its /64, the block anyone is handed, as an IPv4 client on its address.
 */
final class ClientRateLimit {

    static final int MAX_TRACKED_CLIENTS = 100_000;
    private static final Duration REFILL = Duration.ofMinutes(1);
    // Only what an IPv6 literal is made of, so parsing it never asks DNS.
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final int perMinute;
    private final ClientAddresses addresses;
    private final Cache<String, Bucket> buckets;

    ClientRateLimit(int perMinute, int trustedProxyHops) {
        this(perMinute, new ClientAddresses(trustedProxyHops), Ticker.systemTicker());
    }

    ClientRateLimit(int perMinute, ClientAddresses addresses, Ticker ticker) {
        this.perMinute = perMinute;
        this.addresses = addresses;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_TRACKED_CLIENTS).expireAfterAccess(REFILL).ticker(ticker).build();
    }

    void check(Context ctx) {
        take(addresses.of(ctx));
    }

    /** Takes one request from the client's budget; throws RateLimitExceeded when it is spent. */
    void take(String client) {
        ConsumptionProbe probe = buckets.get(budgetOf(client), address -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitExceeded(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
        }
    }

    /** How many clients have a bucket now, after pending evictions. */
    long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private static String budgetOf(String client) {
        String address = client.startsWith("[") && client.endsWith("]") ? client.substring(1, client.length() - 1) : client;
        if (!IPV6_LITERAL.matcher(address).matches()) {
            return client;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            // An IPv4-mapped address comes back as its 4 bytes: it keeps its own budget.
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : client;
        } catch (UnknownHostException notAnAddress) {
            return client;
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, REFILL).build())
                .build();
    }
}
