package com.harufilm.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The notification_log table: one row per dedupe key, its payload kept until the dispatcher marks it sent. */
final class JdbiNotificationLog implements NotificationLog {

    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    private final JdbiHandles handles;
    private final ObjectMapper json = new ObjectMapper();

    JdbiNotificationLog(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public boolean record(UserId userId, String dedupeKey, String kind, String title, String body, Map<String, String> data,
            Instant now) {
        String payload = serialised(data);
        // IGNORE rather than catching the duplicate-key error: H2 may roll back the caller's
        // transaction on that error, MariaDB does not; an ignored row is a count of 0 on both.
        int inserted = handles.withHandle(handle -> handle.createUpdate("""
                        INSERT IGNORE INTO notification_log (user_id, dedupe_key, kind, title, body, data, created_at)
                        VALUES (:user, :key, :kind, :title, :body, :data, :now)""")
                .bind("user", userId.value()).bind("key", dedupeKey).bind("kind", kind)
                .bind("title", title).bind("body", body).bind("data", payload).bind("now", now)
                .execute());
        return inserted > 0;
    }

    @Override
    public List<PendingNotice> unsent(int limit) {
        return handles.withHandle(handle -> handle.createQuery("""
                        SELECT id, user_id, dedupe_key, kind, title, body, data FROM notification_log
                        WHERE sent_at IS NULL ORDER BY id LIMIT :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new PendingNotice(rs.getLong("id"), new UserId(rs.getLong("user_id")),
                        rs.getString("dedupe_key"), rs.getString("kind"), rs.getString("title"), rs.getString("body"),
                        deserialised(rs.getString("data"))))
                .list());
    }

    @Override
    public void markSent(long id, Instant now) {
        handles.withHandle(handle -> handle.createUpdate("UPDATE notification_log SET sent_at = :now WHERE id = :id")
                .bind("id", id).bind("now", now).execute());
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
            return Map.copyOf(json.readValue(data, DATA));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification data is not a JSON object of strings", e);
        }
    }
}
