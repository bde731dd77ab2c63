package com.harufilm.bootstrap.api;

import com.harufilm.adapters.persistence.SchemaMigrations;
import com.harufilm.adapters.messaging.EncodingMessages;
import com.harufilm.adapters.web.HttpApi;
import com.harufilm.application.encoding.ApplyEncodingEvent;
import com.harufilm.application.health.CheckReadiness;
import com.harufilm.adapters.persistence.OutboxSignal;
import com.harufilm.application.outbox.RelayOutbox;
import com.harufilm.application.encoding.RequeueStuckVideos;
import com.harufilm.application.housekeeping.ForgetFinishedRows;
import com.harufilm.application.notification.DispatchNotices;
import com.harufilm.application.notification.QueueDueReminders;
import com.harufilm.application.upload.SweepExpiredUploads;
import com.harufilm.application.upload.SweepObjectDeletions;
import java.util.Set;

/** What main() needs from an assembled API process, whichever adapters it was built from. */
interface ApiProcess {

    HttpApi httpApi();

    CheckReadiness checkReadiness();

    SchemaMigrations schemaMigrations();

    PeriodicJobs periodicJobs();

    SweepExpiredUploads sweepExpiredUploads();

    SweepObjectDeletions sweepObjectDeletions();

    RelayOutbox relayOutbox();

    /** Raised after a commit that queued an encoding job: the relay publishes it at once. */
    OutboxSignal outboxSignal();

    RequeueStuckVideos requeueStuckVideos();

    ApplyEncodingEvent applyEncodingEvent();

    EncodingMessages encodingMessages();

    QueueDueReminders queueDueReminders();

    DispatchNotices dispatchNotices();

    ForgetFinishedRows forgetFinishedRows();

    /** Pools and connections to close, after the server stopped taking requests. */
    Set<AutoCloseable> resources();
}
