package com.harufilm.application.user;

import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.error.UserNotFound;
import com.harufilm.domain.user.ProfileChange;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import java.time.Clock;

/** Changes the caller's name, time zone, reminder time, reminders switch or language. */
public final class UpdateMyProfile {

    private final UserRepository users;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateMyProfile(UserRepository users, Transactions transactions, Clock clock) {
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    public User update(UserId caller, ProfileChange change) {
        return transactions.inTransaction(() -> {
            User current = users.findById(caller).orElseThrow(() -> new UserNotFound("user " + caller + " not found"));
            User changed = current.withProfile(change);
            users.updateProfile(changed, clock.instant());
            return changed;
        });
    }
}
