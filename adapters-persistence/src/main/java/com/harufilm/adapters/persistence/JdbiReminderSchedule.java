package com.harufilm.adapters.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import com.harufilm.application.port.out.ReminderSchedule;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.user.UserLocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.Update;
import org.jspecify.annotations.Nullable;

/**
 * Reminder schedules in users.next_reminder_at (UTC) and next_reminder_date (the user's local
 * date it is for). The due query is one range scan of ix_users_next_reminder; whether the user
 * has devices, a video or an open upload for that date comes from the same statement, through
 * the devices, videos and upload_sessions indexes on (user, date).
 */
final class JdbiReminderSchedule implements ReminderSchedule {

    private final JdbiHandles handles;

    JdbiReminderSchedule(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public void schedule(UserId userId, @Nullable ZonedDateTime next) {
        handles.withHandle(handle -> handle.createUpdate(
                        "UPDATE users SET next_reminder_at = :at, next_reminder_date = :date WHERE id = :id")
                .bind("at", next == null ? null : next.toInstant())
                .bind("date", next == null ? null : next.toLocalDate())
                .bind("id", userId.value())
                .execute());
    }

    @Override
    public List<Unscheduled> unscheduled(int limit) {
        return handles.withHandle(handle -> handle.createQuery("""
                        SELECT id, timezone, reminder_time FROM users
                        WHERE reminders_enabled = TRUE AND next_reminder_at IS NULL
                        ORDER BY id LIMIT :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new Unscheduled(new UserId(rs.getLong("id")), ZoneId.of(rs.getString("timezone")),
                        rs.getObject("reminder_time", LocalTime.class)))
                .list());
    }

    @Override
    public void scheduleFirst(List<Next> next) {
        update(next, """
                UPDATE users SET next_reminder_at = :at, next_reminder_date = :date
                WHERE id IN (<ids>) AND next_reminder_at IS NULL AND reminders_enabled = TRUE""", null);
    }

    // "filmed" is a day not open for refilming (VideoStatus.allowsRefilming: all but FAILED); "open_upload" is
    // UploadSession.isOpenAt(now): ACTIVE and not yet expired.
    // "= 1", not "= TRUE": with TRUE MariaDB ranges over the index's first column only and walks
    // every enabled user each tick (16 ms at 100,000 users); with 1 it is a range on both columns.
    @Override
    public List<DueReminder> dueBy(Instant now, int limit) {
        return handles.withHandle(handle -> handle.createQuery("""
                        SELECT u.id, u.timezone, u.reminder_time, u.locale, u.next_reminder_at, u.next_reminder_date,
                               EXISTS (SELECT 1 FROM devices d WHERE d.user_id = u.id) AS has_devices,
                               EXISTS (SELECT 1 FROM videos v
                                       WHERE v.user_id = u.id AND v.upload_date = u.next_reminder_date
                                         AND v.status <> 'FAILED') AS filmed,
                               (SELECT MAX(s.id) FROM upload_sessions s
                                WHERE s.user_id = u.id AND s.upload_date = u.next_reminder_date
                                  AND s.state = 'ACTIVE' AND s.expires_at > :now) AS open_upload
                        FROM users u
                        WHERE u.reminders_enabled = 1 AND u.next_reminder_at <= :now
                        ORDER BY u.next_reminder_at, u.id LIMIT :limit""")
                .bind("now", now)
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    Long openUpload = rs.getObject("open_upload", Long.class);
                    return new DueReminder(new UserId(rs.getLong("id")), ZoneId.of(rs.getString("timezone")),
                            rs.getObject("reminder_time", LocalTime.class),
                            UserLocale.fromTag(rs.getString("locale")).orElseThrow(),
                            rs.getTimestamp("next_reminder_at").toInstant(),
                            rs.getObject("next_reminder_date", LocalDate.class),
                            rs.getBoolean("has_devices"), rs.getBoolean("filmed"),
                            openUpload == null ? null : new UploadId(openUpload));
                })
                .list());
    }

    @Override
    public void advance(List<Next> next, Instant now) {
        update(next, """
                UPDATE users SET next_reminder_at = :at, next_reminder_date = :date
                WHERE id IN (<ids>) AND next_reminder_at <= :now""", now);
    }

    /**
     * One UPDATE per time the users move to, not one per user: users due at the same instant move on
     * to the same next one (a day later, DST aside), so a batch of 500 is one statement, or one per
     * distinct minute a late tick catches up on. A batch of single-row UPDATEs would be 500 statements
     * at the server even when the driver sends them in one round trip.
     */
    private void update(List<Next> next, String sql, @Nullable Instant now) {
        Map<Moment, List<Long>> byMoment = next.stream().collect(groupingBy(each -> new Moment(each.at()),
                LinkedHashMap::new, mapping(each -> each.userId().value(), toList())));
        if (byMoment.isEmpty()) {
            return;
        }
        handles.withHandle(handle -> {
            int moved = 0;
            for (Map.Entry<Moment, List<Long>> group : byMoment.entrySet()) {
                Update update = handle.createUpdate(sql)
                        .bind("at", group.getKey().at()).bind("date", group.getKey().date()).bindList("ids", group.getValue());
                if (now != null) {
                    update.bind("now", now);
                }
                moved += update.execute();
            }
            return moved;
        });
    }

    /** A schedule as stored: the instant and the user's local date, which two zones may see differently. */
    private record Moment(Instant at, LocalDate date) {
        Moment(ZonedDateTime at) {
            this(at.toInstant(), at.toLocalDate());
        }
    }
}
