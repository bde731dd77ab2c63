package com.harufilm.application.notification;

import com.harufilm.application.notification.NoticeTexts.Text;
import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.NotificationLog.NewNotice;
import com.harufilm.application.port.out.QuestionBank;
import com.harufilm.application.port.out.ReminderSchedule;
import com.harufilm.application.port.out.ReminderSchedule.DueReminder;
import com.harufilm.application.port.out.ReminderSchedule.Next;
import com.harufilm.application.port.out.ReminderSchedule.Unscheduled;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.domain.question.Question;
import com.harufilm.domain.question.QuestionRotation;
import com.harufilm.domain.user.ReminderClock;
import com.harufilm.domain.user.UserLocale;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The minute tick of the evening reminder: records, as notices for {@link DispatchNotices} to
 * send, one reminder per user per local day, for everyone whose reminder time has come and who
 * has not filmed that day, and moves their schedule on to the next day.
 *
 * <p>Each batch is one transaction: the notices and the moved schedules commit together, so a
 * crash leaves the batch due again and a second instance ticking at once records nothing twice
 * (the notices' dedupe key is the user and the date; moving a schedule checks it is still due).
 * A tick that comes late sends what fell due in the last {@link #CATCH_UP}; older reminders are
 * skipped, since a reminder hours late would arrive in the middle of someone's night.
 */
public final class QueueDueReminders {

    private static final System.Logger log = System.getLogger(QueueDueReminders.class.getName());
    static final Duration CATCH_UP = Duration.ofMinutes(10);
    static final int BATCH = 500;

    private final ReminderSchedule schedule;
    private final NotificationLog notices;
    private final QuestionBank questions;
    private final Transactions transactions;
    private final Clock clock;

    public QueueDueReminders(ReminderSchedule schedule, NotificationLog notices, QuestionBank questions,
                             Transactions transactions, Clock clock) {
        this.schedule = schedule;
        this.notices = notices;
        this.questions = questions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Queues the reminders due now; answers how many were recorded. */
    public int queue() {
        Instant now = clock.instant();
        scheduleNewcomers(now);
        Map<LocalDate, List<Question>> asked = new HashMap<>();
        int recorded = 0;
        int late = 0;
        Round round;
        do {
            round = transactions.inTransaction(() -> queueBatch(now, asked));
            recorded += round.recorded();
            late += round.late();
        } while (round.due() == BATCH);
        if (recorded + late > 0) {
            // Late ones mean the tick did not run when they were due (every instance down or stalled).
            log.log(late > 0 ? Level.WARNING : Level.INFO, "reminders queued={0} skipped-as-late={1}", recorded, late);
        }
        return recorded;
    }

    /** What one batch did: users due in it, reminders it recorded, reminders too late to send. */
    private record Round(int due, int recorded, int late) {
    }

    private void scheduleNewcomers(Instant now) {
        List<Unscheduled> newcomers;
        do {
            newcomers = schedule.unscheduled(BATCH);
            schedule.scheduleFirst(newcomers.stream()
                    .map(user -> new Next(user.userId(), new ReminderClock(user.timezone(), user.reminderTime()).nextAfter(now)))
                    .toList());
        } while (newcomers.size() == BATCH);
    }

    private Round queueBatch(Instant now, Map<LocalDate, List<Question>> asked) {
        List<DueReminder> due = schedule.dueBy(now, BATCH);
        List<NewNotice> reminders = new ArrayList<>();
        List<Next> next = new ArrayList<>();
        int late = 0;
        for (DueReminder reminder : due) {
            boolean inTime = reminder.dueAt().isAfter(now.minus(CATCH_UP));
            if (!inTime) {
                late++;
            } else if (reminder.hasDevices() && !reminder.filmed()) {
                reminders.add(reminder.openUpload() != null ? finishUpload(reminder) : dailyReminder(reminder, asked));
            }
            next.add(new Next(reminder.userId(), new ReminderClock(reminder.timezone(), reminder.reminderTime()).nextAfter(now)));
        }
        int recorded = reminders.isEmpty() ? 0 : notices.record(reminders, now);
        schedule.advance(next, now);
        return new Round(due.size(), recorded, late);
    }

    private static NewNotice finishUpload(DueReminder reminder) {
        Text text = NoticeTexts.finishUpload(reminder.locale());
        return notice(reminder, "FINISH_UPLOAD", text, Map.of("uploadId", String.valueOf(reminder.openUpload())));
    }

    private NewNotice dailyReminder(DueReminder reminder, Map<LocalDate, List<Question>> asked) {
        List<Question> today = asked.computeIfAbsent(reminder.date(),
                date -> questions.byIds(QuestionRotation.idsFor(date, questions.size())));
        UserLocale locale = reminder.locale();
        Text text = NoticeTexts.dailyReminder(locale, today.isEmpty() ? "" : today.getFirst().text(locale));
        // FCM data values are strings: the ids comma-separated, the texts one per line, in the same order.
        return notice(reminder, "DAILY_REMINDER", text, Map.of(
                "questionIds", today.stream().map(q -> String.valueOf(q.id())).collect(Collectors.joining(",")),
                "questions", today.stream().map(q -> q.text(locale)).collect(Collectors.joining("\n"))));
    }

    private static NewNotice notice(DueReminder reminder, String type, Text text, Map<String, String> extra) {
        Map<String, String> data = new HashMap<>(extra);
        data.put("type", type);
        data.put("date", reminder.date().toString());
        // One key per user and local day, whichever of the two reminders it is: a device shows one a day.
        return new NewNotice(reminder.userId(), "reminder:" + reminder.userId() + ":" + reminder.date(), type,
                text.title(), text.body(), data);
    }
}
