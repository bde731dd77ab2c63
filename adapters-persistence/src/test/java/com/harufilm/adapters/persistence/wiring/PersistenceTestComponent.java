package com.harufilm.adapters.persistence.wiring;

import com.harufilm.adapters.persistence.DatabaseSettings;
import com.harufilm.adapters.persistence.JdbiPersistenceModule;
import com.harufilm.adapters.persistence.OutboxSignal;
import com.harufilm.adapters.persistence.SchemaMigrations;
import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.application.port.out.EncodingAttempts;
import com.harufilm.application.port.out.EncodingJobFormat;
import com.harufilm.application.port.out.EncodingJobs;
import com.harufilm.application.port.out.JobLeases;
import com.harufilm.application.port.out.LoginSessions;
import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.Outbox;
import com.harufilm.application.port.out.QuestionBank;
import com.harufilm.application.port.out.ReminderSchedule;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.VideoEncodingState;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.application.port.out.WaitingEncodes;
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The persistence adapters as JdbiPersistenceModule wires them, for the contract tests. It sits in
 * a package of its own, as the bootstrap components do, so a binding only the module's package
 * could reach breaks this build instead of theirs.
 */
@Singleton
@Component(modules = {JdbiPersistenceModule.class, StandInJobFormat.Binding.class})
public interface PersistenceTestComponent {

    UserRepository users();

    LoginSessions loginSessions();

    DeviceRegistry devices();

    NotificationLog notifications();

    ReminderSchedule reminderSchedule();

    ObjectDeletions objectDeletions();

    UploadSessions uploadSessions();

    VideoRepository videos();

    VideoEncodingState videoEncodingState();

    DiaryReads diaryReads();

    VideoTimestamps videoTimestamps();

    ShareLinks shareLinks();

    EncodingAttempts encodingAttempts();

    WaitingEncodes waitingEncodes();

    QuestionBank questions();

    EncodingJobs encodingJobs();

    EncodingJobFormat encodingJobFormat();

    Outbox outbox();

    OutboxSignal outboxSignal();

    JobLeases jobLeases();

    Transactions transactions();

    SchemaMigrations schemaMigrations();

    Jdbi jdbi();

    Set<AutoCloseable> closeables();

    @Component.Factory
    interface Factory {
        // The clock is the bootstrap components' to bind; here the tests fix it.
        PersistenceTestComponent create(@BindsInstance DatabaseSettings settings, @BindsInstance Clock clock);
    }
}
