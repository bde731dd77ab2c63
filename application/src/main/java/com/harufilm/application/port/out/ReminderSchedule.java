package com.harufilm.application.port.out;

import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.user.UserLocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When each user's evening reminder is next due (kept on the user as an instant and the local
 * date it is for), and who is due, read with what they did that day in one query.
 */
public interface ReminderSchedule {

    /** A user whose reminder is due, with what stands on the reminder's local date. */
    record DueReminder(UserId userId, ZoneId timezone, LocalTime reminderTime, UserLocale locale, Instant dueAt,
                       LocalDate date, boolean hasDevices, boolean filmed, @Nullable UploadId openUpload) {
    }

    /** A user with reminders on and none scheduled yet: a new account, or one from before reminders were kept. */
    record Unscheduled(UserId userId, ZoneId timezone, LocalTime reminderTime) {
    }

    /** Where a user's next reminder goes. */
    record Next(UserId userId, ZonedDateTime at) {
    }

    /** Sets the user's next reminder, or none; used when the profile changes how they are reminded. */
    void schedule(UserId userId, @Nullable ZonedDateTime next);

    List<Unscheduled> unscheduled(int limit);

    /** Schedules each unless the user got a reminder time meanwhile. */
    void scheduleFirst(List<Next> next);

    /** Users with reminders on whose reminder is due at or before {@code now}, earliest first. */
    List<DueReminder> dueBy(Instant now, int limit);

    /** Moves each due reminder on, unless the user's schedule moved past {@code now} meanwhile. */
    void advance(List<Next> next, Instant now);
}
