package com.harufilm.adapters.web.diary;

import com.harufilm.adapters.web.Callers;
import com.harufilm.adapters.web.ClientDates;
import com.harufilm.adapters.web.JsonBody;
import com.harufilm.adapters.web.PublicBase;
import com.harufilm.adapters.web.Routes;
import com.harufilm.adapters.web.VideoIds;
import com.harufilm.application.diary.AddTimestamp;
import com.harufilm.application.diary.DeleteTimestamp;
import com.harufilm.application.diary.DeleteVideo;
import com.harufilm.application.diary.GetMonthCalendar;
import com.harufilm.application.diary.GetTodayFeed;
import com.harufilm.application.diary.GetVideoByDate;
import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.video.VideoTimestamp;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The diary: month calendar, today's feed, a day's video, timestamps and deleting a video. */
public final class DiaryRoutes implements Routes {

    /** Registered before {@link VideoRoutes}, so /videos/today-feed is not taken for a video id. */
    public record Deps(GetMonthCalendar calendar, GetTodayFeed feed, GetVideoByDate byDate, AddTimestamp addTimestamp,
                       DeleteTimestamp deleteTimestamp, DeleteVideo deleteVideo, @Nullable String publicUrl) {
    }

    record TimestampBody(@Nullable Double offsetSec, @Nullable String label) {
    }

    record CalendarDay(LocalDate date, String videoId, String status, @Nullable String thumbnailUrl) {
    }

    record Calendar(String month, List<CalendarDay> days) {
    }

    record Feed(LocalDate today, boolean hasTodayVideo, List<VideoResponse> memories, List<VideoResponse> onThisDay) {
    }

    private final Deps deps;

    public DiaryRoutes(Deps deps) {
        this.deps = deps;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/videos", this::calendar);
        routes.get("/videos/today-feed", this::feed);
        routes.get("/videos/by-date/{date}", this::byDate);
        routes.delete("/videos/{videoId}", this::delete);
        routes.post("/videos/{videoId}/timestamps", this::addTimestamp);
        routes.delete("/videos/{videoId}/timestamps/{timestampId}", this::deleteTimestamp);
    }

    private String base(Context ctx) {
        return new PublicBase(deps.publicUrl()).of(ctx);
    }

    private void calendar(Context ctx) {
        YearMonth yearMonth = ClientDates.month("month", Objects.requireNonNullElse(ctx.queryParam("month"), ""));
        var days = deps.calendar().month(Callers.of(ctx), yearMonth).stream()
                .map(view -> new CalendarDay(view.details().video().uploadDate(), view.details().video().id().toString(),
                        view.details().video().status().name(), view.thumbnail() == null ? null : view.thumbnail().url().toString()))
                .toList();
        ctx.json(new Calendar(yearMonth.toString(), days));
    }

    private void feed(Context ctx) {
        var feed = deps.feed().feed(Callers.of(ctx));
        String base = base(ctx);
        ctx.json(new Feed(feed.today(), feed.hasTodayVideo(),
                feed.memories().stream().map(view -> VideoResponse.from(view, base)).toList(),
                feed.onThisDay().stream().map(view -> VideoResponse.from(view, base)).toList()));
    }

    private void byDate(Context ctx) {
        LocalDate date = ClientDates.day("date", ctx.pathParam("date"));
        ctx.json(VideoResponse.from(deps.byDate().get(Callers.of(ctx), date), base(ctx)));
    }

    private void delete(Context ctx) {
        deps.deleteVideo().delete(Callers.of(ctx), VideoIds.parse(ctx.pathParam("videoId")));
        ctx.status(204);
    }

    private void addTimestamp(Context ctx) {
        var body = JsonBody.read(ctx, TimestampBody.class);
        if (body.offsetSec() == null) {
            throw new InvalidRequest("offsetSec", "offsetSec is required");
        }
        var stored = deps.addTimestamp().add(Callers.of(ctx), VideoIds.parse(ctx.pathParam("videoId")),
                new VideoTimestamp(body.offsetSec(), Objects.requireNonNullElse(body.label(), "")));
        ctx.status(201).json(new VideoResponse.TimestampResponse(Long.toString(stored.id()), stored.offsetSec(), stored.label()));
    }

    private void deleteTimestamp(Context ctx) {
        long timestampId;
        try {
            timestampId = Long.parseLong(ctx.pathParam("timestampId"));
        } catch (NumberFormatException e) {
            throw new VideoNotFound("timestamp " + ctx.pathParam("timestampId") + " not found");
        }
        deps.deleteTimestamp().delete(Callers.of(ctx), VideoIds.parse(ctx.pathParam("videoId")), timestampId);
        ctx.status(204);
    }
}
