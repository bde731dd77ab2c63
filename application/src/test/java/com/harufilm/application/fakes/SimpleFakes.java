package com.harufilm.application.fakes;

import com.harufilm.application.port.out.AccessTokens;
import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.domain.error.InvalidToken;
import com.harufilm.domain.error.TokenExpired;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The small fakes of ports whose behaviour tests only need to observe. */
public final class SimpleFakes {

    private SimpleFakes() {
    }

    /** Runs the work directly; counts transactions so tests can see the boundaries. */
    public static final class DirectTransactions implements Transactions {
        public int count;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            count++;
            return work.get();
        }
    }

    /** "user:<id>:<expiry epoch second>" tokens, readable in assertions. */
    public static final class PlainAccessTokens implements AccessTokens {
        @Override
        public String issue(UserId userId, Instant now) {
            return "user:" + userId + ":" + now.plus(lifetime()).getEpochSecond();
        }

        @Override
        public Duration lifetime() {
            return Duration.ofMinutes(15);
        }

        @Override
        public UserId verify(String token, Instant now) {
            String[] parts = token.split(":");
            if (parts.length != 3 || !parts[0].equals("user")) {
                throw new InvalidToken("malformed");
            }
            if (now.getEpochSecond() >= Long.parseLong(parts[2])) {
                throw new TokenExpired("expired");
            }
            return new UserId(Long.parseLong(parts[1]));
        }
    }

    public static final class InMemoryDevices implements DeviceRegistry {
        public record Device(UserId owner, Platform platform) {
        }

        // In registration order, which a token moving to another user keeps, as the table's ids do.
        public final Map<String, Device> devices = new LinkedHashMap<>();

        @Override
        public void register(UserId userId, String fcmToken, Platform platform, Instant now) {
            devices.put(fcmToken, new Device(userId, platform));
        }

        @Override
        public void unregister(UserId userId, String fcmToken) {
            devices.computeIfPresent(fcmToken, (token, device) -> device.owner().equals(userId) ? null : device);
        }

        public List<String> tokensOf(UserId userId) {
            return devices.entrySet().stream().filter(e -> e.getValue().owner().equals(userId)).map(Map.Entry::getKey).toList();
        }

        public void forgetUser(UserId userId) {
            devices.values().removeIf(device -> device.owner().equals(userId));
        }

        @Override
        public void forget(List<String> fcmTokens) {
            fcmTokens.forEach(devices::remove);
        }
    }

    public static final class RecordedObjectDeletions implements ObjectDeletions {
        public final List<String> prefixes = new ArrayList<>();
        public final Map<Integer, Instant> nextAttempts = new HashMap<>();
        private final Map<Integer, Integer> attempts = new HashMap<>();

        @Override
        public void enqueuePrefix(String objectPrefix, Instant now) {
            prefixes.add(objectPrefix);
            nextAttempts.put(prefixes.size() - 1, now);
        }

        @Override
        public List<PendingDeletion> due(Instant now, int limit) {
            return nextAttempts.entrySet().stream().filter(e -> !e.getValue().isAfter(now)).limit(limit)
                    .map(e -> new PendingDeletion(e.getKey(), prefixes.get(e.getKey()), attempts.getOrDefault(e.getKey(), 0))).toList();
        }

        @Override
        public void done(long id) {
            nextAttempts.remove((int) id);
        }

        @Override
        public void retryAt(long id, Instant nextAttempt) {
            nextAttempts.put((int) id, nextAttempt);
            attempts.merge((int) id, 1, Integer::sum);
        }
    }
}
