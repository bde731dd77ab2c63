package com.harufilm.application.user;

import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.error.UserNotFound;
import com.harufilm.domain.user.UserId;
import java.time.Clock;

/**
 * Deletes the caller and everything of theirs. Rows go at once, in one transaction with the
 * request to remove the stored objects under the user's prefix, which a sweeper carries out.
 */
public final class DeleteMyAccount {

    private final UserRepository users;
    private final ObjectDeletions objectDeletions;
    private final Transactions transactions;
    private final Clock clock;

    public DeleteMyAccount(UserRepository users, ObjectDeletions objectDeletions, Transactions transactions, Clock clock) {
        this.users = users;
        this.objectDeletions = objectDeletions;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void delete(UserId caller) {
        transactions.run(() -> {
            if (users.findById(caller).isEmpty()) {
                throw new UserNotFound("user " + caller + " not found");
            }
            objectDeletions.enqueuePrefix(caller.objectPrefix(), clock.instant());
            users.delete(caller);
        });
    }
}
