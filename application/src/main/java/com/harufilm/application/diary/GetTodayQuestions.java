package com.harufilm.application.diary;

import com.harufilm.application.port.out.QuestionBank;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.error.UserNotFound;
import com.harufilm.domain.question.Question;
import com.harufilm.domain.question.QuestionRotation;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.user.UserLocale;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The prompts of the caller's day, in their language (the rotation is {@link QuestionRotation}'s). */
public final class GetTodayQuestions {

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
        return new DailyQuestions(date, locale, bank.byIds(QuestionRotation.idsFor(date, bank.size())));
    }
}
