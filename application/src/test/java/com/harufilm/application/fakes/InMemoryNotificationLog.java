package com.harufilm.application.fakes;

import com.harufilm.application.fakes.SimpleFakes.InMemoryDevices;
import com.harufilm.application.port.out.NotificationLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class InMemoryNotificationLog implements NotificationLog {

    /** A recorded notice with when it was recorded. */
    public record Row(long id, NewNotice notice, Instant createdAt) {
    }

    public final List<Row> rows = new ArrayList<>();
    public final Map<Long, Instant> sent = new HashMap<>();
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
    public List<PendingNotice> unsent(int limit) {
        return rows.stream().filter(row -> !sent.containsKey(row.id())).limit(limit)
                .map(row -> {
                    NewNotice n = row.notice();
                    return new PendingNotice(row.id(), n.userId(), n.dedupeKey(), n.kind(), n.title(), n.body(), n.data(),
                            devices.tokensOf(n.userId()));
                })
                .toList();
    }

    @Override
    public void markSent(List<Long> ids, Instant now) {
        ids.forEach(id -> sent.put(id, now));
    }

    @Override
    public int forgetSentBefore(Instant before, int limit) {
        List<Row> old = rows.stream().filter(row -> sent.containsKey(row.id()) && sent.get(row.id()).isBefore(before)).limit(limit).toList();
        rows.removeAll(old);
        return old.size();
    }

    public List<NewNotice> recorded() {
        return rows.stream().map(Row::notice).toList();
    }

    public List<String> kinds() {
        return recorded().stream().map(NewNotice::kind).toList();
    }
}
