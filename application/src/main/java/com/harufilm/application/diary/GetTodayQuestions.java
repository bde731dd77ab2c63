package com.harufilm.application.diary;

import com.harufilm.application.port.out.QuestionBank;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.error.UserNotFound;
import com.harufilm.domain.question.Question;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.user.UserLocale;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The prompts of the day: a fixed rotation through the bank by date, so everyone whose calendar
 * shows the same date sees the same questions all day, and the evening reminder carries them too.
 */
public final class GetTodayQuestions {

    public static final int PER_DAY = 3;

    /** A day's questions, with the language to show them in. */
    public record DailyQuestions(LocalDate date, UserLocale locale, List<Question> questions) {
    }

    private final UserRepository users;
    private final QuestionBank bank;
    private final Clock clock;

    public GetTodayQuestions(UserRepository users, QuestionBank bank, Clock clock) {
        this.users = users;
        this.bank = bank;
        this.clock = clock;
    }

    public DailyQuestions today(UserId caller) {
        User user = users.findById(caller).orElseThrow(() -> new UserNotFound("user " + caller + " not found"));
        return on(LocalDate.ofInstant(clock.instant(), user.timezone()), user.locale());
    }

    public DailyQuestions on(LocalDate date, UserLocale locale) {
        int size = bank.size();
        long first = date.toEpochDay() * PER_DAY;
        List<Integer> ids = IntStream.range(0, Math.min(PER_DAY, size))
                .mapToObj(i -> (int) Math.floorMod(first + i, (long) size) + 1)
                .toList();
        return new DailyQuestions(date, locale, bank.byIds(ids));
    }
}
