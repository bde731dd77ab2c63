package com.harufilm.application.auth;

import com.harufilm.application.port.out.GoogleIdentity;
import com.harufilm.application.port.out.GoogleIdentity.GoogleAccount;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.error.GoogleLoginFailed;
import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.User;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Signs a user in with Google, creating the account on the first login. An account is found by
 * its Google subject; the verified email only links a user who has no subject yet, so an address
 * that moved to another Google account never opens the diary of the one that had it.
 */
public final class LoginWithGoogle {

    private static final System.Logger log = System.getLogger(LoginWithGoogle.class.getName());

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
        return users.findByGoogleSubject(account.subject()).orElseGet(() -> {
            // Same verified address, first time through Google (a dev login before, say), or a new
            // user; insertOrGet may answer a user a concurrent login created, with whichever subject.
            User candidate = users.findByEmail(account.email()).orElseGet(() -> users.insertOrGet(NewUser.withDefaults(
                    account.subject(), account.email(), account.name(), account.pictureUrl(), defaultZone), now));
            if (!users.linkGoogleSubject(candidate.id(), account.subject(), now)) {
                log.log(Level.WARNING, "Google login refused: user {0} is linked to another Google account than {1}",
                        candidate.id(), account.subject());
                throw GoogleLoginFailed.rejected("this email belongs to another Google account");
            }
            return candidate;
        });
    }
}
