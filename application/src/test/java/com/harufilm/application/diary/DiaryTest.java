package com.harufilm.application.diary;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.playback.PlaybackSigner;
import com.harufilm.application.fakes.InMemoryObjectStore;
import com.harufilm.application.fakes.InMemoryUploads;
import com.harufilm.application.fakes.InMemoryUsers;
import com.harufilm.application.fakes.MutableClock;
import com.harufilm.application.fakes.SimpleFakes.DirectTransactions;
import com.harufilm.application.fakes.SimpleFakes.RecordedObjectDeletions;
import com.harufilm.application.port.out.QuestionBank;
import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.question.Question;
import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserLocale;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoTimestamp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DiaryTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z")); // 20:00 in Seoul
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryUploads data = new InMemoryUploads();
    private final InMemoryObjectStore store = new InMemoryObjectStore(clock);
    private final VideoViews views = new VideoViews(data.videos.timestamps, store,
            new PlaybackSigner(List.of("k".getBytes(StandardCharsets.UTF_8)), Duration.ofHours(1), clock), Duration.ofHours(1));
    private final User mina = users.insertOrGet(NewUser.withDefaults(null, "mina@example.com", null, null, ZoneId.of("Asia/Seoul")),
            clock.instant());
    private final User jun = users.insertOrGet(NewUser.withDefaults(null, "jun@example.com", null, null, ZoneId.of("Asia/Seoul")),
            clock.instant());

    private Video complete(User user, LocalDate date) {
        Video video = data.videos.insertPending(user.id(), date, "users/" + user.id() + "/videos/" + date + "/source",
                "users/" + user.id() + "/videos/" + date + "/", clock.instant());
        data.videos.encodingState.markComplete(video.id(), new EncodedVideo(10, 1080, 1920, List.of()), clock.instant());
        return video;
    }

    private GetTodayFeed feed() {
        return new GetTodayFeed(users, data.videos, data.videos.reads, views, new SplittableRandom(5), clock);
    }

    @Test
    void noMemoriesUntilTodayIsFilmed() {
        complete(mina, LocalDate.of(2026, 11, 1));

        var feed = feed().feed(mina.id());

        assertFalse(feed.hasTodayVideo());
        assertTrue(feed.memories().isEmpty());
    }

    @Test
    void memoriesAreThreeDistinctPastVideosNeverTodaysNorSomeoneElses() {
        IntStream.rangeClosed(1, 5).forEach(day -> complete(mina, LocalDate.of(2026, 11, day)));
        complete(jun, LocalDate.of(2026, 11, 6));
        var today = complete(mina, LocalDate.of(2026, 11, 28));

        for (int i = 0; i < 200; i++) {
            var memories = feed().feed(mina.id()).memories();
            assertEquals(3, memories.size());
            assertEquals(3, memories.stream().map(v -> v.details().video().id()).distinct().count());
            assertTrue(memories.stream().allMatch(v -> v.details().video().userId().equals(mina.id())
                    && !v.details().video().id().equals(today.id())));
        }
    }

    @Test
    void everyPastVideoIsEquallyLikelyToBeRemembered() {
        IntStream.rangeClosed(1, 6).forEach(day -> complete(mina, LocalDate.of(2026, 11, day)));
        complete(mina, LocalDate.of(2026, 11, 28));
        var getFeed = new GetTodayFeed(users, data.videos, data.videos.reads, views, new SplittableRandom(9), clock);
        Map<LocalDate, Integer> seen = new HashMap<>();
        int rounds = 6_000;
        for (int i = 0; i < rounds; i++) {
            getFeed.feed(mina.id()).memories().forEach(v -> seen.merge(v.details().video().uploadDate(), 1, Integer::sum));
        }
        double expected = rounds * 3.0 / 6;
        double chiSquare = seen.values().stream().mapToDouble(n -> Math.pow(n - expected, 2) / expected).sum();
        assertEquals(6, seen.size());
        assertTrue(chiSquare < 20.5, "chi-square " + chiSquare + " over " + seen); // 5 d.o.f., p = 0.001
    }

    @Test
    void onThisDayShowsEarlierYearsNewestFirst() {
        complete(mina, LocalDate.of(2024, 11, 28));
        complete(mina, LocalDate.of(2025, 11, 28));
        complete(mina, LocalDate.of(2025, 11, 27));

        var onThisDay = feed().feed(mina.id()).onThisDay();

        assertEquals(List.of(LocalDate.of(2025, 11, 28), LocalDate.of(2024, 11, 28)),
                onThisDay.stream().map(v -> v.details().video().uploadDate()).toList());
    }

    @Test
    void theTwentyNinthOfFebruaryShowsOnTheTwentyEighthInACommonYear() {
        List<LocalDate> commonYear = GetTodayFeed.earlierSameDays(LocalDate.of(2027, 2, 28));
        List<LocalDate> leapDay = GetTodayFeed.earlierSameDays(LocalDate.of(2028, 2, 29));

        assertTrue(commonYear.containsAll(List.of(LocalDate.of(2026, 2, 28), LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29))));
        assertTrue(leapDay.containsAll(List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2020, 2, 29))));
        assertFalse(leapDay.contains(LocalDate.of(2027, 2, 28)));
    }

    @Test
    void theCalendarListsTheMonthsDaysInOrder() {
        complete(mina, LocalDate.of(2026, 11, 3));
        complete(mina, LocalDate.of(2026, 11, 1));
        complete(mina, LocalDate.of(2026, 12, 1));
        complete(jun, LocalDate.of(2026, 11, 2));

        var days = new GetMonthCalendar(data.videos, views).month(mina.id(), YearMonth.of(2026, 11));

        assertEquals(List.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3)),
                days.stream().map(v -> v.details().video().uploadDate()).toList());
        assertTrue(days.getFirst().thumbnail() != null);
    }

    @Test
    void timestampsStayWithinTheVideoAndOnlyTheOwnerTouchesThem() {
        var video = complete(mina, LocalDate.of(2026, 11, 3));
        var add = new AddTimestamp(users, data.videos.reads, data.videos.timestamps, new DirectTransactions(), 100, clock);

        var stored = add.add(mina.id(), video.id(), new VideoTimestamp(9.5, "sunset"));

        assertThrows(InvalidRequest.class, () -> add.add(mina.id(), video.id(), new VideoTimestamp(10.5, "after the end")));
        assertThrows(VideoNotFound.class, () -> add.add(jun.id(), video.id(), new VideoTimestamp(1, "not mine")));
        assertThrows(VideoNotFound.class, () -> new DeleteTimestamp(data.videos, data.videos.timestamps).delete(jun.id(), video.id(), stored.id()));
        new DeleteTimestamp(data.videos, data.videos.timestamps).delete(mina.id(), video.id(), stored.id());
        assertThrows(VideoNotFound.class, () -> new DeleteTimestamp(data.videos, data.videos.timestamps).delete(mina.id(), video.id(), stored.id()));
    }

    @Test
    void aVideoCarriesAtMostTheConfiguredNumberOfTimestampsAndADeletedOneMakesRoom() {
        var video = complete(mina, LocalDate.of(2026, 11, 3));
        var transactions = new DirectTransactions();
        var add = new AddTimestamp(users, data.videos.reads, data.videos.timestamps, transactions, 2, clock);
        add.add(mina.id(), video.id(), new VideoTimestamp(1, "one"));
        var second = add.add(mina.id(), video.id(), new VideoTimestamp(2, "two"));

        var refused = assertThrows(InvalidRequest.class, () -> add.add(mina.id(), video.id(), new VideoTimestamp(3, "three")));

        assertEquals("timestamps", refused.field());
        assertTrue(refused.getMessage().contains("at most 2"), refused.getMessage());
        assertEquals(2, data.videos.timestamps.of(mina.id(), List.of(video.id())).get(video.id()).size());
        assertEquals(3, transactions.count, "every add counts inside a transaction");
        new DeleteTimestamp(data.videos, data.videos.timestamps).delete(mina.id(), video.id(), second.id());
        add.add(mina.id(), video.id(), new VideoTimestamp(3, "three"));
    }

    @Test
    void deletingAVideoQueuesItsObjectsInTheSameTransaction() {
        var video = complete(mina, LocalDate.of(2026, 11, 3));
        var deletions = new RecordedObjectDeletions();
        var delete = new DeleteVideo(data.videos, deletions, new DirectTransactions(), clock);

        assertThrows(VideoNotFound.class, () -> delete.delete(jun.id(), video.id()));
        delete.delete(mina.id(), video.id());

        assertTrue(data.videos.rows.isEmpty());
        assertEquals(List.of(video.outputPrefix()), deletions.prefixes);
    }

    @Test
    void everyoneSeesTheSameQuestionsOnTheSameDateAndOthersTheNext() {
        QuestionBank bank = new QuestionBank() {
            @Override
            public int size() {
                return 7;
            }

            @Override
            public List<Question> byIds(List<Integer> ids) {
                return ids.stream().map(id -> new Question(id, "질문 " + id, "question " + id)).toList();
            }
        };
        var questions = new GetTodayQuestions(users, bank, clock);

        var today = questions.today(mina.id());
        var again = questions.on(LocalDate.of(2026, 11, 28), UserLocale.KO);
        var tomorrow = questions.on(LocalDate.of(2026, 11, 29), UserLocale.KO);

        assertEquals(today, again);
        assertEquals(3, today.questions().size());
        assertFalse(today.questions().equals(tomorrow.questions()));
    }
}
