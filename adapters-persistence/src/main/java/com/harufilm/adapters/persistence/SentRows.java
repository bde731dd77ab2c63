package com.harufilm.adapters.persistence;

import java.time.Instant;
import java.util.List;

/** Deletes old sent rows from a table with an id and an indexed sent_at (the outbox, the notification log). */
final class SentRows {

    private SentRows() {
    }

    static int forget(JdbiHandles handles, String table, Instant before, int limit) {
        // Ids first: a DELETE with LIMIT is MySQL's, not H2's. The range is on (sent_at, ...) indexes.
        return handles.withHandle(handle -> {
            List<Long> ids = handle.createQuery("SELECT id FROM " + table + " WHERE sent_at < :before LIMIT :limit")
                    .bind("before", before).bind("limit", limit)
                    .mapTo(Long.class).list();
            return ids.isEmpty() ? 0
                    : handle.createUpdate("DELETE FROM " + table + " WHERE id IN (<ids>)").bindList("ids", ids).execute();
        });
    }
}
