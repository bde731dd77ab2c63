package com.harufilm.application.fakes;

import com.harufilm.application.fakes.SimpleFakes.InMemoryDevices;
import com.harufilm.application.port.out.ReminderSchedule;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Schedules beside the in-memory users, reading their devices, videos and uploads as the database's join does. */
public final class InMemoryReminderSchedule implements ReminderSchedule {

    public final Map<UserId, ZonedDateTime> next = new HashMap<>();
    private final InMemoryUsers users;
    private final InMemoryDevices devices;
    private final InMemoryUploads uploads;

    public InMemoryReminderSchedule(InMemoryUsers users, InMemoryDevices devices, InMemoryUploads uploads) {
        this.users = users;
        this.devices = devices;
        this.uploads = uploads;
    }

    @Override
    public void schedule(UserId userId, @Nullable ZonedDateTime at) {
        if (at == null) {
            next.remove(userId);
        } else {
            next.put(userId, at);
        }
    }

    @Override
    public List<Unscheduled> unscheduled(int limit) {
        return users.users.values().stream()
                .filter(user -> user.remindersEnabled() && !next.containsKey(user.id()))
                .sorted(Comparator.comparing(user -> user.id().value()))
                .limit(limit)
                .map(user -> new Unscheduled(user.id(), user.timezone(), user.reminderTime()))
                .toList();
    }

    @Override
    public void scheduleFirst(List<Next> first) {
        first.forEach(each -> next.putIfAbsent(each.userId(), each.at()));
    }

    @Override
    public List<DueReminder> dueBy(Instant now, int limit) {
        return next.entrySet().stream()
                .filter(e -> users.users.get(e.getKey()).remindersEnabled() && !e.getValue().toInstant().isAfter(now))
                .sorted(Comparator.comparing((Map.Entry<UserId, ZonedDateTime> e) -> e.getValue().toInstant())
                        .thenComparing(e -> e.getKey().value()))
                .limit(limit)
                .map(e -> due(users.users.get(e.getKey()), e.getValue(), now))
                .toList();
    }

    @Override
    public void advance(List<Next> moves, Instant now) {
        moves.stream().filter(move -> !next.get(move.userId()).toInstant().isAfter(now)).forEach(move -> next.put(move.userId(), move.at()));
    }

    private DueReminder due(User user, ZonedDateTime at, Instant now) {
        boolean filmed = uploads.videos.rows.values().stream().anyMatch(video -> video.ownedBy(user.id())
                && video.uploadDate().equals(at.toLocalDate()) && !video.status().allowsRefilming());
        UploadSession open = uploads.sessions.values().stream()
                .filter(s -> s.ownedBy(user.id()) && s.uploadDate().equals(at.toLocalDate()) && s.isOpenAt(now))
                .reduce((first, second) -> second).orElse(null);
        return new DueReminder(user.id(), user.timezone(), user.reminderTime(), user.locale(), at.toInstant(), at.toLocalDate(),
                !devices.tokensOf(user.id()).isEmpty(), filmed, open == null ? null : open.id());
    }
}
