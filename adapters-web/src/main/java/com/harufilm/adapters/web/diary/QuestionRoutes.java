package com.harufilm.adapters.web.diary;

import com.harufilm.adapters.web.Callers;
import com.harufilm.adapters.web.Routes;
import com.harufilm.application.diary.GetTodayQuestions;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.util.List;

/** The prompts of the day, in the caller's language. */
public final class QuestionRoutes implements Routes {

    record QuestionResponse(String questionId, String text) {
    }

    record DailyResponse(LocalDate date, List<QuestionResponse> questions) {
    }

    private final GetTodayQuestions questions;

    public QuestionRoutes(GetTodayQuestions questions) {
        this.questions = questions;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/questions/today", this::today);
    }

    private void today(Context ctx) {
        var daily = questions.today(Callers.of(ctx));
        ctx.json(new DailyResponse(daily.date(), daily.questions().stream()
                .map(q -> new QuestionResponse(Integer.toString(q.id()), q.text(daily.locale()))).toList()));
    }
}
