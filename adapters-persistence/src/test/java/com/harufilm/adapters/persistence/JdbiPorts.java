package com.harufilm.adapters.persistence;

import com.harufilm.adapters.persistence.wiring.DaggerPersistenceTestComponent;
import com.harufilm.adapters.persistence.wiring.PersistenceTestComponent;
import com.harufilm.application.contract.ContractPorts;
import com.harufilm.application.contract.PortContract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.EncodingAttempts;
import com.harufilm.application.port.out.LoginSessions;
import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.Outbox;
import com.harufilm.application.port.out.ReminderSchedule;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.application.port.out.VideoEncodingState;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The adapters as the applications wire them, on a migrated database of one test class's own,
 * their clock at the contracts' NOW; the raw database beside them for the checks only SQL can make.
 */
final class JdbiPorts implements ContractPorts, AutoCloseable {

    final PersistenceTestComponent adapters;
    private final TestDatabase database;

    private JdbiPorts(TestDatabase database) {
        this.database = database;
        this.adapters = DaggerPersistenceTestComponent.factory().create(database.settings(), Clock.fixed(PortContract.NOW, ZoneOffset.UTC));
        adapters.schemaMigrations().migrate();
    }

    static JdbiPorts open(TestDatabase database) {
        return new JdbiPorts(database);
    }

    @Override
    public ShareLinks shareLinks() {
        return adapters.shareLinks();
    }

    @Override
    public UserRepository users() {
        return adapters.users();
    }

    @Override
    public LoginSessions loginSessions() {
        return adapters.loginSessions();
    }

    @Override
    public DeviceRegistry devices() {
        return adapters.devices();
    }

    @Override
    public NotificationLog notifications() {
        return adapters.notifications();
    }

    @Override
    public ObjectDeletions objectDeletions() {
        return adapters.objectDeletions();
    }

    @Override
    public ReminderSchedule reminderSchedule() {
        return adapters.reminderSchedule();
    }

    @Override
    public UploadSessions uploadSessions() {
        return adapters.uploadSessions();
    }

    @Override
    public VideoRepository videos() {
        return adapters.videos();
    }

    @Override
    public VideoEncodingState videoEncodingState() {
        return adapters.videoEncodingState();
    }

    @Override
    public DiaryReads diaryReads() {
        return adapters.diaryReads();
    }

    @Override
    public VideoTimestamps videoTimestamps() {
        return adapters.videoTimestamps();
    }

    @Override
    public VideoRecords videoRecords() {
        return new VideoRecords() {
            @Override
            public Instant statusChangedAt(VideoId id) {
                return adapters.jdbi().withHandle(handle -> handle.createQuery("SELECT status_changed_at FROM videos WHERE id = ?")
                        .bind(0, id.value()).mapTo(Instant.class).one());
            }

            @Override
            public List<Integer> memoryOrdinals(UserId user) {
                List<Integer> ordinals = adapters.jdbi().withHandle(handle -> handle.createQuery(
                                "SELECT memory_ordinal FROM videos WHERE user_id = ? AND status = 'COMPLETE' ORDER BY memory_ordinal")
                        .bind(0, user.value()).mapTo(Integer.class).list());
                assertEquals(ordinals.size(), count("SELECT complete_videos FROM users WHERE id = ?", user.value()));
                assertEquals(0, count("SELECT COUNT(*) FROM videos WHERE user_id = ? AND status <> 'COMPLETE' AND memory_ordinal IS NOT NULL",
                        user.value()));
                return ordinals;
            }

            @Override
            public int memoryOrdinalOf(VideoId id) {
                return (int) count("SELECT memory_ordinal FROM videos WHERE id = ?", id.value());
            }
        };
    }

    @Override
    public Outbox outbox() {
        return adapters.outbox();
    }

    @Override
    public OutboxRecords outboxRecords() {
        return new OutboxRecords() {
            @Override
            public long write(String topic, String payload, Instant availableAt) {
                return adapters.jdbi().withHandle(handle -> handle.createUpdate("""
                                INSERT INTO outbox (topic, payload, attempts, available_at, created_at)
                                VALUES (:topic, :payload, 0, :at, :at)""")
                        .bind("topic", topic).bind("payload", payload).bind("at", availableAt)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
            }

            @Override
            public Optional<Instant> sentAt(long id) {
                return adapters.jdbi().withHandle(handle -> handle.createQuery("SELECT sent_at FROM outbox WHERE id = ?")
                        .bind(0, id).mapTo(Instant.class).findOne());
            }

            @Override
            public boolean holds(long id) {
                return count("SELECT COUNT(*) FROM outbox WHERE id = ?", id) == 1;
            }
        };
    }

    @Override
    public EncodingAttempts encodingAttempts() {
        return adapters.encodingAttempts();
    }

    @Override
    public Transactions transactions() {
        return adapters.transactions();
    }

    long count(String sql, Object value) {
        return adapters.jdbi().withHandle(handle -> handle.createQuery(sql).bind(0, value).mapTo(Long.class).one());
    }

    @Override
    public void close() throws Exception {
        try {
            for (AutoCloseable closeable : adapters.closeables()) {
                closeable.close();
            }
        } finally {
            database.close();
        }
    }
}
