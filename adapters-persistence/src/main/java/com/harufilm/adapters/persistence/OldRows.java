package com.harufilm.adapters.persistence;

import java.time.Instant;
import java.util.List;

/**
 * Deletes rows whose use ended long ago from a table with an id and an indexed moment column
 * (sent_at of the outbox and the notification log, expires_at of the share links).
 */
final class OldRows {

    private OldRows() {
    }

    static int forget(JdbiHandles handles, String table, String endedAt, Instant before, int limit) {
        // Ids first: a DELETE with LIMIT is MySQL's, not H2's. The range is on an index led by the column.
        return handles.withHandle(handle -> {
            List<Long> ids = handle.createQuery("SELECT id FROM " + table + " WHERE " + endedAt + " < :before LIMIT :limit")
                    .bind("before", before).bind("limit", limit)
                    .mapTo(Long.class).list();
            return ids.isEmpty() ? 0
                    : handle.createUpdate("DELETE FROM " + table + " WHERE id IN (<ids>)").bindList("ids", ids).execute();
        });
    }
}
