package com.harufilm.application.auth;

import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.error.GoogleLoginFailed;
import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Signs in by email alone; only wired where dev login is switched on (the embedded run, or an API
 * that says it is not production). It never enters an account that signs in with Google.
 */
public final class LoginAsDevUser {

    private final UserRepository users;
    private final Transactions transactions;
    private final SessionStarter sessions;
    private final ZoneId defaultZone;
    private final Clock clock;

    public LoginAsDevUser(UserRepository users, Transactions transactions, SessionStarter sessions, ZoneId defaultZone, Clock clock) {
        this.users = users;
        this.transactions = transactions;
        this.sessions = sessions;
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    public LoginResult login(DevLoginCommand command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            User user = users.findByEmail(command.email()).orElseGet(() -> users.insertOrGet(
                    NewUser.withDefaults(null, command.email(), command.name(), null, defaultZone), now));
            if (users.hasGoogleAccount(user.id())) {
                // GOOGLE_AUTH_FAILED: the client's way in is Google sign-in, and the code says so.
                throw GoogleLoginFailed.rejected("this account signs in with Google");
            }
            return sessions.start(user, command.device(), command.platform(), now);
        });
    }
}
