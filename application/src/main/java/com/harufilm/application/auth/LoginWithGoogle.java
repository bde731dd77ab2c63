package com.harufilm.application.auth;

import com.harufilm.application.port.out.GoogleIdentity;
import com.harufilm.application.port.out.GoogleIdentity.GoogleAccount;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Signs a user in with Google, creating the account on the first login. */
public final class LoginWithGoogle {

    private final GoogleIdentity google;
    private final UserRepository users;
    private final Transactions transactions;
    private final SessionStarter sessions;
    private final ZoneId defaultZone;
    private final Clock clock;

    public LoginWithGoogle(GoogleIdentity google, UserRepository users, Transactions transactions,
                           SessionStarter sessions, ZoneId defaultZone, Clock clock) {
        this.google = google;
        this.users = users;
        this.transactions = transactions;
        this.sessions = sessions;
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    public LoginResult login(GoogleLoginCommand command) {
        // Google is asked before the transaction opens: no connection is held while it answers.
        GoogleAccount account = google.verify(command.code(), command.redirectUri(), command.codeVerifier());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            User user = findOrCreate(account, now);
            return sessions.start(user, command.device(), command.platform(), now);
        });
    }

    private User findOrCreate(GoogleAccount account, Instant now) {
        return users.findByGoogleSubject(account.subject())
                .or(() -> users.findByEmail(account.email()).map(existing -> {
                    // Same verified address, first time through Google (a dev login before, say).
                    users.linkGoogleSubject(existing.id(), account.subject(), now);
                    return existing;
                }))
                .orElseGet(() -> users.insertOrGet(NewUser.withDefaults(
                        account.subject(), account.email(), account.name(), account.pictureUrl(), defaultZone), now));
    }
}
