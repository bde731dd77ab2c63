package com.harufilm.application.fakes;

import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public final class InMemoryNotificationLog implements NotificationLog {

    public final List<PendingNotice> recorded = new ArrayList<>();
    public final List<Long> sent = new ArrayList<>();

    @Override
    public boolean record(UserId userId, String dedupeKey, String kind, String title, String body, Map<String, String> data, Instant now) {
        if (recorded.stream().anyMatch(notice -> notice.dedupeKey().equals(dedupeKey))) {
            return false;
        }
        recorded.add(new PendingNotice(recorded.size() + 1, userId, dedupeKey, kind, title, body, data));
        return true;
    }

    @Override
    public List<PendingNotice> unsent(int limit) {
        return recorded.stream().filter(notice -> !sent.contains(notice.id())).limit(limit).toList();
    }

    @Override
    public void markSent(long id, Instant now) {
        sent.add(id);
    }

    public List<String> kinds() {
        return recorded.stream().map(PendingNotice::kind).toList();
    }
}
