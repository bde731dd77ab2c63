package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.user.UserLocale;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;
import org.jspecify.annotations.Nullable;

/** Users in the users table: zones as ids, reminder times as TIME, locales as their tags. */
final class JdbiUserRepository implements UserRepository {

    private static final String SELECT = """
            SELECT id, email, name, profile_image_url, timezone, reminder_time, reminders_enabled, locale, created_at
            FROM users WHERE\s""";
    // A locking read sees the latest committed row even where the transaction's snapshot
    // (MariaDB's REPEATABLE READ) was taken before a concurrent creation committed.
    private static final String LATEST = " FOR UPDATE";

    private static final RowMapper<User> USER = (rs, ctx) -> new User(
            new UserId(rs.getLong("id")),
            rs.getString("email"),
            rs.getString("name"),
            rs.getString("profile_image_url"),
            ZoneId.of(rs.getString("timezone")),
            rs.getObject("reminder_time", LocalTime.class),
            rs.getBoolean("reminders_enabled"),
            locale(rs.getString("locale")),
            rs.getTimestamp("created_at").toInstant());

    private final JdbiHandles handles;

    JdbiUserRepository(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return handles.withHandle(handle -> find(handle, "id", id.value(), ""));
    }

    @Override
    public Optional<User> lock(UserId id) {
        return handles.withHandle(handle -> find(handle, "id", id.value(), LATEST));
    }

    @Override
    public Optional<User> findByGoogleSubject(String subject) {
        return handles.withHandle(handle -> find(handle, "google_subject", subject, ""));
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return handles.withHandle(handle -> find(handle, "email", email, ""));
    }

    @Override
    public User insertOrGet(NewUser user, Instant now) {
        return handles.withHandle(handle -> {
            try {
                long id = bindProfile(handle.createUpdate("""
                        INSERT INTO users (google_subject, email, profile_image_url, created_at,
                                           name, timezone, reminder_time, reminders_enabled, locale, updated_at)
                        VALUES (:googleSubject, :email, :profileImageUrl, :now,
                                :name, :timezone, :reminderTime, :remindersEnabled, :locale, :now)"""),
                        user.name(), user.timezone(), user.reminderTime(), user.remindersEnabled(), user.locale(), now)
                        .bind("googleSubject", user.googleSubject())
                        .bind("email", user.email())
                        .bind("profileImageUrl", user.profileImageUrl())
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                // Read back rather than rebuilt, so the answer is what later reads see (stored precision).
                return find(handle, "id", id, "").orElseThrow();
            } catch (UnableToExecuteStatementException e) {
                if (!DuplicateKeys.isViolation(e)) {
                    throw e;
                }
                // A concurrent creation of the same account won the race: answer its row.
                return Optional.ofNullable(user.googleSubject())
                        .flatMap(subject -> find(handle, "google_subject", subject, LATEST))
                        .or(() -> find(handle, "email", user.email(), LATEST))
                        .orElseThrow(() -> e);
            }
        });
    }

    @Override
    public boolean linkGoogleSubject(UserId id, String subject, Instant now) {
        // Compare-and-set: a subject once linked is never replaced, even by a concurrent login.
        // The UPDATE reads the latest committed row; Connector/J and H2 count matched rows, so
        // relinking the same subject answers true.
        return handles.withHandle(handle -> handle.createUpdate("""
                        UPDATE users SET google_subject = :subject, updated_at = :now
                        WHERE id = :id AND (google_subject IS NULL OR google_subject = :subject)""")
                .bind("subject", subject).bind("now", now).bind("id", id.value())
                .execute()) > 0;
    }

    @Override
    public boolean hasGoogleAccount(UserId id) {
        return handles.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM users WHERE id = :id AND google_subject IS NOT NULL")
                .bind("id", id.value()).mapTo(Integer.class).one()) > 0;
    }

    @Override
    public void updateProfile(User user, Instant now) {
        handles.withHandle(handle -> bindProfile(handle.createUpdate("""
                        UPDATE users SET name = :name, timezone = :timezone, reminder_time = :reminderTime,
                                         reminders_enabled = :remindersEnabled, locale = :locale, updated_at = :now
                        WHERE id = :id"""),
                        user.name(), user.timezone(), user.reminderTime(), user.remindersEnabled(), user.locale(), now)
                .bind("id", user.id().value())
                .execute());
    }

    @Override
    public void delete(UserId id) {
        // The schema's foreign keys cascade to sessions, devices, uploads, videos and notices.
        handles.withHandle(handle -> handle.createUpdate("DELETE FROM users WHERE id = :id").bind("id", id.value()).execute());
    }

    private static Optional<User> find(Handle handle, String column, Object value, String lock) {
        return handle.createQuery(SELECT + column + " = :value" + lock).bind("value", value).map(USER).findOne();
    }

    private static Update bindProfile(Update update, @Nullable String name, ZoneId timezone, LocalTime reminderTime,
                                      boolean remindersEnabled, UserLocale locale, Instant now) {
        return update.bind("name", name)
                .bind("timezone", timezone.getId())
                .bind("reminderTime", reminderTime)
                .bind("remindersEnabled", remindersEnabled)
                .bind("locale", locale.tag())
                .bind("now", now);
    }

    private static UserLocale locale(String tag) {
        return UserLocale.fromTag(tag).orElseThrow(() -> new IllegalStateException("unknown locale in users: " + tag));
    }
}
