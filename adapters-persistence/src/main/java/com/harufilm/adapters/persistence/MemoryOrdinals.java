package com.harufilm.adapters.persistence;

import org.jdbi.v3.core.Handle;

/**
 * Keeps videos.memory_ordinal dense (1..n over a user's COMPLETE videos, n in
 * users.complete_videos), so the memories draw picks a uniform number and finds its video by index.
 * Every change locks the owner's users row first: changes for one user queue up there, always in
 * the same lock order (user, then video), so a complete and a delete neither deadlock nor both take
 * the same number. Callers run inside a transaction.
 */
final class MemoryOrdinals {

    private MemoryOrdinals() {
    }

    /** Locks the owner's count until the transaction ends and answers it. */
    static int lockCount(Handle handle, long userId) {
        return handle.createQuery("SELECT complete_videos FROM users WHERE id = :user FOR UPDATE")
                .bind("user", userId).mapTo(Integer.class).one();
    }

    /** After a video took number {@code count}: the owner now has that many. */
    static void counted(Handle handle, long userId, int count) {
        handle.createUpdate("UPDATE users SET complete_videos = :count WHERE id = :user")
                .bind("count", count).bind("user", userId).execute();
    }

    /** After the video numbered {@code freed} went: the last-numbered one takes its number, and the count drops. */
    static void release(Handle handle, long userId, int freed, int count) {
        if (freed < count) {
            handle.createUpdate("UPDATE videos SET memory_ordinal = :freed WHERE user_id = :user AND memory_ordinal = :last")
                    .bind("freed", freed).bind("user", userId).bind("last", count).execute();
        }
        counted(handle, userId, count - 1);
    }
}
