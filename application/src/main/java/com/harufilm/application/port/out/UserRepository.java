package com.harufilm.application.port.out;

import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Where users are kept. Nine methods, on purpose: finding a user by each of their unique keys (id,
 * email, Google subject), creating and linking under those same uniqueness rules, and the row's
 * own life (lock, profile, delete). Cutting the Google methods off would split one row's
 * uniqueness rules between two ports that one table must keep together.
 */
public interface UserRepository {

    Optional<User> findById(UserId id);

    /**
     * Reads the user and locks the row until the transaction ends: changes one user may make only a
     * bounded number of (open uploads, timestamps) queue up here.
     */
    Optional<User> lock(UserId id);

    Optional<User> findByGoogleSubject(String subject);

    Optional<User> findByEmail(String email);

    /** Creates the user; a concurrent creation of the same email or Google subject answers the existing one. */
    User insertOrGet(NewUser user, Instant now);

    /**
     * Links a Google account to a user who so far logged in another way (same verified email).
     * True when the user now holds this subject; false when they hold another one, which is
     * never replaced (a recycled address must not take over someone's account).
     */
    boolean linkGoogleSubject(UserId id, String subject, Instant now);

    /** Whether the user signs in with Google (has a subject linked). */
    boolean hasGoogleAccount(UserId id);

    void updateProfile(User user, Instant now);

    /** Removes the user; their sessions, devices, uploads, videos and notices go with them. */
    void delete(UserId id);
}
