package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.adapters.persistence.wiring.DaggerPersistenceTestComponent;
import com.harufilm.adapters.persistence.wiring.PersistenceTestComponent;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.EncodingJob;
import com.harufilm.domain.video.VideoId;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relay is woken by a queued job only once the job's transaction committed, so it finds the row. */
class OutboxSignalIT {

    private TestDatabase database;
    private PersistenceTestComponent adapters;
    private final AtomicInteger raised = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        database = TestDatabase.h2();
        adapters = DaggerPersistenceTestComponent.factory().create(database.settings(), Clock.systemUTC());
        adapters.schemaMigrations().migrate();
        adapters.outboxSignal().listen(raised::incrementAndGet);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : adapters.closeables()) {
            closeable.close();
        }
        database.close();
    }

    private static EncodingJob job(long video) {
        return new EncodingJob(new VideoId(video), new UserId(1), "users/1/videos/v/source", "users/1/videos/v/");
    }

    @Test
    void aJobQueuedInATransactionRaisesTheSignalAfterTheCommitOnly() {
        adapters.transactions().run(() -> {
            adapters.encodingJobs().enqueue(job(1));
            assertEquals(0, raised.get(), "not before the commit: the relay would not see the row");
        });
        assertEquals(1, raised.get());

        assertThrows(IllegalStateException.class, () -> adapters.transactions().run(() -> {
            adapters.encodingJobs().enqueue(job(2));
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(1, raised.get(), "a rolled-back job wakes nobody");
    }

    @Test
    void aJobQueuedOutsideATransactionRaisesItAtOnce() {
        adapters.encodingJobs().enqueue(job(3));

        assertEquals(1, raised.get());
    }
}
