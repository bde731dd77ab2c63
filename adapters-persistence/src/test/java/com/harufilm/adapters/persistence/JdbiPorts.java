package com.harufilm.adapters.persistence;

import com.harufilm.adapters.persistence.wiring.DaggerPersistenceTestComponent;
import com.harufilm.adapters.persistence.wiring.PersistenceTestComponent;
import com.harufilm.application.contract.ContractPorts;
import com.harufilm.application.contract.PortContract;
import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.application.port.out.EncodingAttempts;
import com.harufilm.application.port.out.LoginSessions;
import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.ReminderSchedule;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.application.port.out.VideoRepository;
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
