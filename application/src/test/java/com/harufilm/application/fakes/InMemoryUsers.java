package com.harufilm.application.fakes;

import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

public final class InMemoryUsers implements UserRepository {

    public final Map<UserId, User> users = new HashMap<>();
    public final Map<UserId, String> googleSubjects = new HashMap<>();
    private final List<Consumer<UserId>> cascades = new ArrayList<>();
    private long nextId = 1;

    /** What else a deleted user takes along, as the database's ON DELETE CASCADE does. */
    public void onDelete(Consumer<UserId> cascade) {
        cascades.add(cascade);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> lock(UserId id) {
        return findById(id);
    }

    @Override
    public Optional<User> findByGoogleSubject(String subject) {
        return googleSubjects.entrySet().stream().filter(e -> e.getValue().equals(subject)).map(e -> users.get(e.getKey())).findFirst();
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return users.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public User insertOrGet(NewUser user, Instant now) {
        Optional<User> existing = Optional.ofNullable(user.googleSubject()).flatMap(this::findByGoogleSubject)
                .or(() -> findByEmail(user.email()));
        if (existing.isPresent()) {
            return existing.get();
        }
        User created = new User(new UserId(nextId++), user.email(), user.name(), user.profileImageUrl(), user.timezone(),
                user.reminderTime(), user.remindersEnabled(), user.locale(), now);
        users.put(created.id(), created);
        if (user.googleSubject() != null) {
            googleSubjects.put(created.id(), user.googleSubject());
        }
        return created;
    }

    @Override
    public boolean linkGoogleSubject(UserId id, String subject, Instant now) {
        return googleSubjects.computeIfAbsent(id, user -> subject).equals(subject);
    }

    @Override
    public boolean hasGoogleAccount(UserId id) {
        return googleSubjects.containsKey(id);
    }

    @Override
    public void updateProfile(User user, Instant now) {
        users.put(user.id(), Objects.requireNonNull(user));
    }

    @Override
    public void delete(UserId id) {
        users.remove(id);
        googleSubjects.remove(id);
        cascades.forEach(cascade -> cascade.accept(id));
    }
}
