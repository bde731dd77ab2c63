package com.harufilm.bootstrap.api;

import com.harufilm.application.housekeeping.ForgetFinishedRows;
import com.harufilm.application.notification.DispatchNotices;
import com.harufilm.application.notification.Notices;
import com.harufilm.application.notification.QueueDueReminders;
import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.Outbox;
import com.harufilm.application.port.out.PushSender;
import com.harufilm.application.port.out.QuestionBank;
import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.application.port.out.ReminderSchedule;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UserRepository;
import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import java.util.List;

/**
 * Notices recorded with their events, the evening reminder's tick, the dispatcher that sends
 * both, and the forgetting of rows whose use ended long ago (sent notices and outbox messages,
 * expired share links); the push sender comes from the component.
 */
@Module
interface NotificationModule {

    @Provides
    static Notices notices(NotificationLog log, UserRepository users, Clock clock) {
        return new Notices(log, users, clock);
    }

    @Provides
    static QueueDueReminders queueDueReminders(ReminderSchedule schedule, NotificationLog log, QuestionBank questions,
                                               Transactions transactions, Clock clock) {
        return new QueueDueReminders(schedule, log, questions, transactions, clock);
    }

    @Provides
    static DispatchNotices dispatchNotices(NotificationLog log, DeviceRegistry devices, PushSender sender, Clock clock) {
        return new DispatchNotices(log, devices, sender, clock);
    }

    @Provides
    static ForgetFinishedRows forgetFinishedRows(NotificationLog notices, Outbox outbox, ShareLinks shares, Clock clock) {
        return new ForgetFinishedRows(List.of(notices, outbox, shares), clock);
    }
}
