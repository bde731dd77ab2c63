package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoTimestamp;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What DiaryReads and VideoRepository's range promise the diary (calendar, memories, on this day). */
public abstract class DiaryReadsContract<P extends ContractPorts> extends VideoContract<P> {

    @Test
    void aRangeListsOnlyTheUsersVideosFromItsFirstDayUpToButNotIncludingItsEnd() {
        UserId user = newUser().id();
        pending(user, DAY.minusDays(1));
        Video first = complete(user, DAY);
        Video pending = pending(user, DAY.plusDays(20));
        Video last = pending(user, DAY.plusDays(30));
        pending(user, DAY.plusDays(31));
        pending(newUser().id(), DAY.plusDays(1));

        assertEquals(List.of(first.id(), pending.id(), last.id()), ids(videos().findBetween(user, DAY, DAY.plusDays(31))));
        assertEquals(List.of(), videos().findBetween(user, DAY.plusDays(1), DAY.plusDays(20)));
    }

    @Test
    void theCompleteCountCountsOnlyCompleteVideos() {
        UserId user = newUser().id();
        complete(user, DAY);
        complete(user, DAY.plusDays(1));
        pending(user, DAY.plusDays(2));
        complete(newUser().id(), DAY);

        assertEquals(2, reads().completeCount(user));
        assertEquals(0, reads().completeCount(newUser().id()));
    }

    @Test
    void ordinalsFindExactlyTheUsersCompleteVideosHoldingThemWithRenditionsButNoTimestamps() {
        UserId user = newUser().id();
        List<Video> complete = List.of(complete(user, DAY), complete(user, DAY.plusDays(1)), complete(user, DAY.plusDays(2)));
        pending(user, DAY.plusDays(3));
        complete(newUser().id(), DAY);
        timestamps().addAll(complete.get(2).id(), List.of(new VideoTimestamp(1, "hello")), NOW);

        List<VideoDetails> found = reads().byOrdinals(user, List.of(3, 1, 7));

        assertEquals(List.of(complete.get(0).id(), complete.get(2).id()), found.stream().map(details -> details.video().id()).toList());
        Video third = complete.get(2);
        assertEquals(List.of(encoded(third, 0).renditions().get(1), encoded(third, 0).renditions().get(0)), found.get(1).renditions());
        assertEquals(10.0, found.get(1).durationSec());
        assertTrue(found.stream().allMatch(details -> details.timestamps().isEmpty()));
        assertEquals(List.of(), reads().byOrdinals(user, List.of()));
    }

    @Test
    void onTheseDatesListsTheUsersCompleteVideosNewestFirst() {
        UserId user = newUser().id();
        Video older = complete(user, LocalDate.of(2023, 3, 1));
        Video newer = complete(user, LocalDate.of(2024, 3, 1));
        pending(user, LocalDate.of(2025, 3, 1));
        complete(user, LocalDate.of(2024, 3, 2));
        complete(newUser().id(), LocalDate.of(2022, 3, 1));
        List<LocalDate> dates = List.of(2022, 2023, 2024, 2025).stream().map(year -> LocalDate.of(year, 3, 1)).toList();

        List<VideoDetails> found = reads().completeOn(user, dates);

        assertEquals(List.of(newer.id(), older.id()), found.stream().map(details -> details.video().id()).toList());
        assertTrue(found.stream().allMatch(details -> details.renditions().size() == 2 && details.timestamps().isEmpty()));
        assertEquals(List.of(), reads().completeOn(user, List.of()));
    }

    Video complete(UserId user, LocalDate day) {
        Video video = pending(user, day);
        assertTrue(encodingState().markComplete(video.id(), encoded(video, 10), NOW));
        return video;
    }

    static List<VideoId> ids(List<Video> found) {
        return found.stream().map(Video::id).toList();
    }

    /** Realistic data: three years of daily videos for one user among many others with their own. */
    @Test
    void threeYearsOfDailyVideosReadBackByMonthOrdinalAndDayOfYear() {
        UserId diarist = newUser().id();
        LocalDate start = LocalDate.of(2023, 1, 1);
        for (int day = 0; day < 3 * 365; day++) {
            complete(diarist, start.plusDays(day));
        }
        for (int other = 0; other < 30; other++) {
            UserId someone = newUser().id();
            complete(someone, LocalDate.of(2024, 2, 1));
            complete(someone, LocalDate.of(2024, 2, 29));
        }

        assertEquals(29, videos().findBetween(diarist, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)).size());
        assertEquals(3 * 365, reads().completeCount(diarist));
        List<VideoDetails> drawn = reads().byOrdinals(diarist, List.of(1, 500, 1095));
        assertEquals(3, drawn.size());
        assertTrue(drawn.stream().allMatch(details -> details.video().userId().equals(diarist)));
        assertEquals(List.of(LocalDate.of(2025, 2, 28), LocalDate.of(2024, 2, 29)),
                reads().completeOn(diarist, List.of(LocalDate.of(2025, 2, 28), LocalDate.of(2024, 2, 29), LocalDate.of(2022, 2, 28)))
                        .stream().map(details -> details.video().uploadDate()).toList());
    }
}
