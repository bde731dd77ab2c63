package com.harufilm.application.fakes;

import com.harufilm.application.fakes.SimpleFakes.InMemoryDevices;
import com.harufilm.application.port.out.NotificationLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class InMemoryNotificationLog implements NotificationLog {

    /** A recorded notice with when it was recorded. */
    public record Row(long id, NewNotice notice, Instant createdAt) {
    }

    /** A notice some devices have not got yet: how many rounds left one unreached, when to try next, and the tokens reached. */
    private record Waiting(int attempts, Instant nextAttempt, Set<String> reached) {
    }

    public final List<Row> rows = new ArrayList<>();
    public final Map<Long, Instant> sent = new HashMap<>();
    private final Map<Long, Waiting> waiting = new HashMap<>();
    private final InMemoryDevices devices;
    private long nextId = 1;

    public InMemoryNotificationLog(InMemoryDevices devices) {
        this.devices = devices;
    }

    public InMemoryNotificationLog() {
        this(new InMemoryDevices());
    }

    @Override
    public int record(List<NewNotice> notices, Instant now) {
        int recorded = 0;
        for (NewNotice notice : notices) {
            if (rows.stream().noneMatch(row -> row.notice().dedupeKey().equals(notice.dedupeKey()))) {
                rows.add(new Row(nextId++, notice, now));
                recorded++;
            }
        }
        return recorded;
    }

    @Override
    public List<PendingNotice> due(Instant now, int limit) {
        return rows.stream()
                .filter(row -> !sent.containsKey(row.id()))
                .filter(row -> !waiting.containsKey(row.id()) || !waiting.get(row.id()).nextAttempt().isAfter(now))
                .limit(limit)
                .map(row -> {
                    NewNotice n = row.notice();
                    Waiting state = waiting.getOrDefault(row.id(), new Waiting(0, row.createdAt(), Set.of()));
                    List<String> tokens = devices.tokensOf(n.userId()).stream().filter(token -> !state.reached().contains(token)).toList();
                    return new PendingNotice(row.id(), n.userId(), n.dedupeKey(), n.kind(), n.title(), n.body(), n.data(), tokens,
                            state.attempts(), row.createdAt());
                })
                .toList();
    }

    @Override
    public void markSent(List<Long> ids, Instant now) {
        ids.forEach(id -> sent.put(id, now));
    }

    @Override
    public void retryAt(List<Retry> retries) {
        for (Retry retry : retries) {
            Waiting before = waiting.get(retry.id());
            Set<String> reached = new HashSet<>(before == null ? Set.of() : before.reached());
            // As the table's rows are per device: only a token still registered counts as reached.
            retry.reached().stream().filter(devices.devices::containsKey).forEach(reached::add);
            waiting.put(retry.id(), new Waiting(before == null ? 1 : before.attempts() + 1, retry.nextAttempt(), reached));
        }
    }

    @Override
    public int forgetFinishedBefore(Instant before, int limit) {
        List<Row> old = rows.stream().filter(row -> sent.containsKey(row.id()) && sent.get(row.id()).isBefore(before)).limit(limit).toList();
        rows.removeAll(old);
        old.forEach(row -> waiting.remove(row.id()));
        return old.size();
    }

    public List<NewNotice> recorded() {
        return rows.stream().map(Row::notice).toList();
    }

    public List<String> kinds() {
        return recorded().stream().map(NewNotice::kind).toList();
    }
}
