package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.EncodingAttempts;
import com.harufilm.application.port.out.EncodingJobFormat;
import com.harufilm.application.port.out.EncodingJobs;
import com.harufilm.application.port.out.JobLeases;
import com.harufilm.application.port.out.LoginSessions;
import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.ReminderSchedule;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.Outbox;
import com.harufilm.application.port.out.QuestionBank;
import com.harufilm.application.port.out.ReadinessProbe;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.application.port.out.VideoEncodingState;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.application.port.out.WaitingEncodes;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The database adapters, on a Hikari pool, for whichever database the settings name. */
@Module
public interface JdbiPersistenceModule {

    @Provides
    @Singleton
    static HikariDataSource hikariDataSource(DatabaseSettings settings) {
        return DatabasePool.open(settings);
    }

    @Provides
    static DataSource dataSource(HikariDataSource dataSource) {
        return dataSource;
    }

    @Provides
    @Singleton
    static Jdbi jdbi(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        // A failure names its statement, never the values bound to it (tokens, emails, names), which would reach the log.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(JdbiPersistenceModule::withoutArguments);
        return jdbi;
    }

    private static String withoutArguments(StatementException failure) {
        StatementContext context = failure.getStatementContext();
        return context == null ? failure.getShortMessage() : failure.getShortMessage() + " [statement:\"" + context.getRawSql() + "\"]";
    }

    @Provides
    static SchemaMigrations schemaMigrations(DataSource dataSource) {
        return new SchemaMigrations(dataSource);
    }

    @Provides
    @IntoSet
    static AutoCloseable closeDataSource(HikariDataSource dataSource) {
        return dataSource;
    }

    /** The pool's saturation on the process's registry (hikaricp_connections_active, _pending, _timeout_total, ...). */
    @Provides
    @IntoSet
    static MeterBinder poolMetrics(HikariDataSource dataSource) {
        return registry -> dataSource.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }

    @Provides
    @IntoSet
    static ReadinessProbe databaseProbe(Jdbi jdbi) {
        return new JdbiDatabaseProbe(jdbi);
    }

    // One per component: its thread binding is what lets the repositories join a transaction.
    @Provides
    @Singleton
    static JdbiHandles jdbiHandles(Jdbi jdbi) {
        return new JdbiHandles(jdbi);
    }

    @Provides
    @Singleton
    static Transactions transactions(JdbiHandles handles) {
        return new JdbiTransactions(handles);
    }

    @Provides
    @Singleton
    static UserRepository userRepository(JdbiHandles handles) {
        return new JdbiUserRepository(handles);
    }

    @Provides
    @Singleton
    static LoginSessions loginSessions(JdbiHandles handles) {
        return new JdbiLoginSessions(handles);
    }

    @Provides
    @Singleton
    static DeviceRegistry deviceRegistry(JdbiHandles handles) {
        return new JdbiDeviceRegistry(handles);
    }

    @Provides
    @Singleton
    static NotificationLog notificationLog(JdbiHandles handles) {
        return new JdbiNotificationLog(handles);
    }

    @Provides
    @Singleton
    static ReminderSchedule reminderSchedule(JdbiHandles handles) {
        return new JdbiReminderSchedule(handles);
    }

    @Provides
    @Singleton
    static ObjectDeletions objectDeletions(JdbiHandles handles) {
        return new JdbiObjectDeletions(handles);
    }

    @Provides
    @Singleton
    static UploadSessions uploadSessions(JdbiHandles handles) {
        return new JdbiUploadSessions(handles);
    }

    @Provides
    @Singleton
    static VideoRepository videoRepository(JdbiHandles handles) {
        return new JdbiVideoRepository(handles);
    }

    @Provides
    @Singleton
    static VideoEncodingState videoEncodingState(JdbiHandles handles) {
        return new JdbiVideoEncodingState(handles);
    }

    @Provides
    @Singleton
    static DiaryReads diaryReads(JdbiHandles handles) {
        return new JdbiDiaryReads(handles);
    }

    @Provides
    @Singleton
    static VideoTimestamps videoTimestamps(JdbiHandles handles) {
        return new JdbiVideoTimestamps(handles);
    }

    @Provides
    @Singleton
    static ShareLinks shareLinks(JdbiHandles handles) {
        return new JdbiShareLinks(handles);
    }

    @Provides
    @Singleton
    static EncodingAttempts encodingAttempts(JdbiHandles handles) {
        return new JdbiEncodingAttempts(handles);
    }

    @Provides
    static WaitingEncodes waitingEncodes(JdbiHandles handles) {
        return new JdbiWaitingEncodes(handles);
    }

    @Provides
    @Singleton
    static QuestionBank questionBank(JdbiHandles handles) {
        return new JdbiQuestionBank(handles);
    }

    // The outbox is the job queue's only way in, so enqueueing commits with the caller's transaction.
    @Provides
    @Singleton
    static EncodingJobs encodingJobs(JdbiHandles handles, EncodingJobFormat format, Clock clock, OutboxSignal written) {
        return new OutboxEncodingJobs(handles, format, clock, written);
    }

    @Provides
    @Singleton
    static OutboxSignal outboxSignal() {
        return new OutboxSignal();
    }

    @Provides
    @Singleton
    static Outbox outbox(JdbiHandles handles) {
        return new JdbiOutbox(handles);
    }

    @Provides
    @Singleton
    static JobLeases jobLeases(JdbiHandles handles) {
        return new JdbiJobLeases(handles);
    }
}
