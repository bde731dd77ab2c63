package com.harufilm.application.user;

import com.harufilm.application.port.out.ReminderSchedule;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.error.UserNotFound;
import com.harufilm.domain.user.ProfileChange;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;

/**
 * Changes the caller's name, time zone, reminder time, reminders switch or language. A change to
 * how they are reminded moves their next reminder with it; a reminder already sent for a day is
 * not sent again for that day, whatever the new time (its notice is keyed by the day).
 */
public final class UpdateMyProfile {

    private final UserRepository users;
    private final ReminderSchedule reminders;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateMyProfile(UserRepository users, ReminderSchedule reminders, Transactions transactions, Clock clock) {
        this.users = users;
        this.reminders = reminders;
        this.transactions = transactions;
        this.clock = clock;
    }

    public User update(UserId caller, ProfileChange change) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            User current = users.findById(caller).orElseThrow(() -> new UserNotFound("user " + caller + " not found"));
            User changed = current.withProfile(change);
            users.updateProfile(changed, now);
            if (changed.remindsDifferentlyFrom(current)) {
                reminders.schedule(caller, changed.nextReminderAfter(now).orElse(null));
            }
            return changed;
        });
    }
}
