package com.harufilm.application.diary;


import com.harufilm.application.port.out.UserRepository;
import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.error.UserNotFound;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoDetails;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Today's feed. Memories (once today is filmed): up to 3 distinct past COMPLETE videos, drawn
 * afresh and uniformly on every call by memory ordinal, one indexed lookup each, however many
 * videos the user has. On this day: COMPLETE videos of today's month-day in earlier years.
 */
public final class GetTodayFeed {

    static final int MEMORIES = 3;
    /** How far back "on this day" looks. */
    static final int YEARS_BACK = 100;

    private final UserRepository users;
    private final VideoRepository videos;
    private final DiaryReads reads;
    private final VideoViews views;
    private final RandomGenerator random;
    private final Clock clock;

    public GetTodayFeed(UserRepository users, VideoRepository videos, DiaryReads reads, VideoViews views, RandomGenerator random, Clock clock) {
        this.users = users;
        this.videos = videos;
        this.reads = reads;
        this.views = views;
        this.random = random;
        this.clock = clock;
    }

    public TodayFeed feed(UserId caller) {
        User user = users.findById(caller).orElseThrow(() -> new UserNotFound("user " + caller + " not found"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), user.timezone());
        Optional<Video> todays = videos.findByDate(caller, today).filter(video -> !video.status().allowsRefilming());
        List<VideoDetails> memories = List.of();
        if (todays.isPresent()) {
            // One draw more than shown: if today's own video is among them it is dropped, and the
            // rest are still a uniform pick of the past ones (by symmetry).
            List<VideoDetails> past = new ArrayList<>(reads.byOrdinals(caller,
                            MemoryDraw.draw(reads.completeCount(caller), MEMORIES + 1, random)).stream()
                    .filter(details -> details.video().uploadDate().isBefore(today)).toList());
            // The database answers in its own order; the feed shows them in a random one.
            Collections.shuffle(past, new Random(random.nextLong()));
            memories = past.subList(0, Math.min(MEMORIES, past.size()));
        }
        List<VideoDetails> onThisDay = reads.completeOn(caller, earlierSameDays(today));
        List<VideoDetails> all = new ArrayList<>(memories);
        all.addAll(onThisDay);
        var withStamps = views.withTimestamps(caller, all);
        return new TodayFeed(today, todays.isPresent(), withStamps.subList(0, memories.size()),
                withStamps.subList(memories.size(), withStamps.size()));
    }

    /** The same month-day in each earlier year; in a year without 29 February, the 28th shows the 29ths too. */
    static List<LocalDate> earlierSameDays(LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (int year = today.getYear() - 1; year >= today.getYear() - YEARS_BACK; year--) {
            if (today.getMonth() == Month.FEBRUARY && today.getDayOfMonth() == 29) {
                if (Year.isLeap(year)) {
                    days.add(LocalDate.of(year, 2, 29));
                }
                continue;
            }
            days.add(today.withYear(year));
            boolean feb28InCommonYear = today.getMonth() == Month.FEBRUARY && today.getDayOfMonth() == 28 && !today.isLeapYear();
            if (feb28InCommonYear && Year.isLeap(year)) {
                days.add(LocalDate.of(year, 2, 29));
            }
        }
        return days;
    }
}
