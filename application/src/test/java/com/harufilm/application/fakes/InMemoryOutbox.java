package com.harufilm.application.fakes;

import com.harufilm.application.contract.ContractPorts;
import com.harufilm.application.port.out.Outbox;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Outbox messages in written order; tests write them as an adapter does in its transaction, and may mark them obsolete. */
public final class InMemoryOutbox implements Outbox, ContractPorts.OutboxRecords {

    private record Row(OutboxMessage message, Instant availableAt, @Nullable Instant sentAt) {
    }

    private final TreeMap<Long, Row> rows = new TreeMap<>();
    private final Set<Long> obsolete = new HashSet<>();
    private long nextId = 1;

    @Override
    public long write(String topic, String payload, Instant availableAt) {
        long id = nextId++;
        rows.put(id, new Row(new OutboxMessage(id, topic, payload, 0, false), availableAt, null));
        return id;
    }

    /** Its video went or finished since it was written. */
    public void markObsolete(long id) {
        obsolete.add(id);
    }

    @Override
    public Optional<Instant> sentAt(long id) {
        return Optional.ofNullable(rows.get(id)).flatMap(row -> Optional.ofNullable(row.sentAt()));
    }

    @Override
    public boolean holds(long id) {
        return rows.containsKey(id);
    }

    @Override
    public List<OutboxMessage> pending(Instant now, int limit) {
        return rows.values().stream().filter(row -> row.sentAt() == null && !row.availableAt().isAfter(now)).limit(limit)
                .map(row -> {
                    OutboxMessage m = row.message();
                    return new OutboxMessage(m.id(), m.topic(), m.payload(), m.attempts(), obsolete.contains(m.id()));
                })
                .toList();
    }

    @Override
    public void markSent(long id, Instant now) {
        rows.computeIfPresent(id, (key, row) -> new Row(row.message(), row.availableAt(), now));
    }

    @Override
    public void retryAt(long id, Instant nextAttempt) {
        rows.computeIfPresent(id, (key, row) -> {
            OutboxMessage m = row.message();
            return new Row(new OutboxMessage(m.id(), m.topic(), m.payload(), m.attempts() + 1, m.obsolete()), nextAttempt, row.sentAt());
        });
    }

    @Override
    public int forgetFinishedBefore(Instant before, int limit) {
        List<Long> old = rows.entrySet().stream()
                .filter(entry -> entry.getValue().sentAt() != null && entry.getValue().sentAt().isBefore(before))
                .limit(limit).map(java.util.Map.Entry::getKey).toList();
        old.forEach(rows::remove);
        return old.size();
    }
}
