package com.harufilm.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;

/**
 * The notification_log table: one row per dedupe key, its payload kept until the dispatcher marks
 * it sent; notice_deliveries holds the devices reached by a notice that waits for another round.
 */
final class JdbiNotificationLog implements NotificationLog {

    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    private final JdbiHandles handles;
    private final ObjectMapper json = new ObjectMapper();

    JdbiNotificationLog(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public int record(List<NewNotice> notices, Instant now) {
        if (notices.isEmpty()) {
            return 0;
        }
        // IGNORE rather than catching the duplicate-key error: H2 may roll back the caller's
        // transaction on that error, MariaDB does not. One multi-row INSERT, not a batch: its count
        // is the rows inserted on both databases, where a batch Connector/J rewrites into one
        // statement answers SUCCESS_NO_INFO for each row, new or ignored.
        List<NewRow> rows = notices.stream()
                .map(notice -> new NewRow(notice.userId().value(), notice.dedupeKey(), notice.kind(), notice.title(), notice.body(),
                        serialised(notice.data()), now))
                .toList();
        return handles.withHandle(handle -> handle.createUpdate("""
                        INSERT IGNORE INTO notification_log (user_id, dedupe_key, kind, title, body, data, created_at)
                        VALUES <rows>""")
                .bindMethodsList("rows", rows, NewRow.COLUMNS)
                .execute());
    }

    @Override
    public List<PendingNotice> due(Instant now, int limit) {
        // The notices first, limited, then the devices each has not reached: the limit counts
        // notices, not tokens. Ordered by created_at, id so ix_notification_log_unsent (sent_at,
        // created_at) serves it; the few waiting for a later round are filtered on the way. A
        // notice whose every device was reached or forgotten comes with no token, so it is finished.
        List<NoticeRow> rows = handles.withHandle(handle -> handle.createQuery("""
                        SELECT n.id, n.user_id, n.dedupe_key, n.kind, n.title, n.body, n.data, n.attempts, n.created_at, d.fcm_token
                        FROM (SELECT id, user_id, dedupe_key, kind, title, body, data, attempts, created_at FROM notification_log
                              WHERE sent_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= :now)
                              ORDER BY created_at, id LIMIT :limit) n
                        LEFT JOIN devices d ON d.user_id = n.user_id
                             AND NOT EXISTS (SELECT 1 FROM notice_deliveries r WHERE r.notice_id = n.id AND r.device_id = d.id)
                        ORDER BY n.created_at, n.id, d.id""")
                .bind("now", now).bind("limit", limit)
                .map((rs, ctx) -> new NoticeRow(rs.getLong("id"), new UserId(rs.getLong("user_id")), rs.getString("dedupe_key"),
                        rs.getString("kind"), rs.getString("title"), rs.getString("body"), rs.getString("data"),
                        rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(), rs.getString("fcm_token")))
                .list());
        return rows.stream()
                .collect(Collectors.groupingBy(NoticeRow::id, LinkedHashMap::new, Collectors.toList()))
                .values().stream()
                .map(this::pending)
                .toList();
    }

    @Override
    public void markSent(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        handles.withHandle(handle -> handle.createUpdate("UPDATE notification_log SET sent_at = :now WHERE id IN (<ids>)")
                .bindList("ids", ids).bind("now", now).execute());
    }

    @Override
    public void retryAt(List<Retry> retries) {
        if (retries.isEmpty()) {
            return;
        }
        handles.inTransaction(handle -> {
            // By token, as the sender answers; a device forgotten meanwhile has no row to add.
            // IGNORE: a round repeated after a crash may report a device already recorded.
            PreparedBatch reached = handle.prepareBatch("""
                    INSERT IGNORE INTO notice_deliveries (notice_id, device_id)
                    SELECT :notice, id FROM devices WHERE fcm_token = :token""");
            retries.forEach(retry -> retry.reached().forEach(token -> reached.bind("notice", retry.id()).bind("token", token).add()));
            if (reached.size() > 0) {
                reached.execute();
            }
            PreparedBatch later = handle.prepareBatch(
                    "UPDATE notification_log SET attempts = attempts + 1, next_attempt_at = :next WHERE id = :id");
            retries.forEach(retry -> later.bind("id", retry.id()).bind("next", retry.nextAttempt()).add());
            return later.execute();
        });
    }

    @Override
    public int forgetFinishedBefore(Instant before, int limit) {
        return OldRows.forget(handles, "notification_log", "sent_at", before, limit);
    }

    private PendingNotice pending(List<NoticeRow> rows) {
        NoticeRow notice = rows.getFirst();
        List<String> tokens = rows.stream().map(NoticeRow::token).filter(Objects::nonNull).toList();
        return new PendingNotice(notice.id, notice.userId, notice.dedupeKey, notice.kind, notice.title, notice.body,
                deserialised(notice.data), tokens, notice.attempts, notice.createdAt);
    }

    private String serialised(Map<String, String> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            // A map of strings always serialises; this would be a programming error.
            throw new IllegalStateException("cannot serialise notification data", e);
        }
    }

    private Map<String, String> deserialised(@Nullable String data) {
        if (data == null) {
            // Rows written before V4 carried no payload.
            return Map.of();
        }
        try {
            return json.readValue(data, DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification data is not a JSON object of strings", e);
        }
    }

    /** A notice as record inserts it; public, as Jdbi reads each row's values through its accessors. */
    public record NewRow(long user, String key, String kind, String title, String body, String data, Instant now) {
        static final List<String> COLUMNS = List.of("user", "key", "kind", "title", "body", "data", "now");
    }

    /** One row of the due query: a notice with one of its user's tokens it has not reached, or none. */
    private record NoticeRow(long id, UserId userId, String dedupeKey, String kind, String title, String body,
                             @Nullable String data, int attempts, Instant createdAt, @Nullable String token) {
    }
}
