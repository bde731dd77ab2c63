package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.diary.AddTimestamp;
import com.harufilm.application.fakes.RecordedMeasurements;
import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.application.upload.InitiateUpload;
import com.harufilm.application.upload.InitiateUploadCommand;
import com.harufilm.application.upload.UploadSettings;
import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.error.TooManyUploads;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoTimestamp;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The per-user limits under concurrency on MariaDB (InnoDB row locks, REPEATABLE READ): the use
 * cases count under the owner's row lock, so requests racing each other cannot pass a limit
 * together. Every count is slowed down, so without the lock all of them would count the same.
 */
class MariaDbUserLimitsIT extends PersistenceContract {

    private static final int RACERS = 4;
    private static final long SLOW_COUNT_MILLIS = 300;

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }

    @Test
    void initiatesRacingEachOtherNeverOpenMoreThanTheLimit() throws Exception {
        UserId user = newUser().id();
        UploadSettings settings = new UploadSettings(64L * 1024 * 1024, 8 * 1024 * 1024, Duration.ofHours(24), Duration.ofMinutes(15),
                3, 100);
        var initiate = new InitiateUpload(adapters.users(), adapters.videos(), slowlyCounted(adapters.uploadSessions(), "activeOf",
                UploadSessions.class), openingOnlyStore(), adapters.objectDeletions(), adapters.transactions(), new RecordedMeasurements(),
                settings, new SplittableRandom(7), Clock.fixed(NOW, ZoneOffset.UTC));
        initiate.initiate(user, day(1));
        var together = new CyclicBarrier(RACERS);

        List<String> outcomes = Concurrently.run(IntStream.range(0, RACERS).<Callable<String>>mapToObj(i -> () -> {
            Concurrently.await(together);
            try {
                initiate.initiate(user, day(2 + i));
                return "opened";
            } catch (TooManyUploads refused) {
                return "refused";
            }
        }).toList());

        assertEquals(3, adapters.uploadSessions().activeOf(user).size());
        assertEquals(2, outcomes.stream().filter("opened"::equals).count(), outcomes.toString());
    }

    @Test
    void timestampsAddedAtOnceNeverPassTheLimit() throws Exception {
        UserId user = newUser().id();
        Video video = adapters.videos().insertPending(user, LocalDate.of(2026, 2, 1), "users/" + user + "/videos/x/source",
                "users/" + user + "/videos/x/", NOW);
        var add = new AddTimestamp(adapters.users(), adapters.diaryReads(), slowlyCounted(adapters.videoTimestamps(), "of", VideoTimestamps.class),
                adapters.transactions(), 2, Clock.fixed(NOW, ZoneOffset.UTC));
        add.add(user, video.id(), new VideoTimestamp(1, "first"));
        var together = new CyclicBarrier(RACERS);

        List<String> outcomes = Concurrently.run(IntStream.range(0, RACERS).<Callable<String>>mapToObj(i -> () -> {
            Concurrently.await(together);
            try {
                add.add(user, video.id(), new VideoTimestamp(2 + i, "racer " + i));
                return "added";
            } catch (InvalidRequest refused) {
                return "refused";
            }
        }).toList());

        assertEquals(2, adapters.videoTimestamps().of(user, List.of(video.id())).get(video.id()).size());
        assertEquals(1, outcomes.stream().filter("added"::equals).count(), outcomes.toString());
    }

    private static InitiateUploadCommand day(int dayOfMonth) {
        return InitiateUploadCommand.of(LocalDate.of(2026, 2, dayOfMonth), "clip.mp4", "video/mp4", 1024L, null);
    }

    /** The port as it is, except that {@code method} takes a while after it has read. */
    @SuppressWarnings("unchecked")
    private static <T> T slowlyCounted(T port, String method, Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, called, args) -> {
            try {
                Object answer = called.invoke(port, args);
                if (called.getName().equals(method)) {
                    Concurrently.sleep(SLOW_COUNT_MILLIS);
                }
                return answer;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    /** Multipart uploads that only open (and abort): all an initiate asks of them. */
    private static MultipartUploads openingOnlyStore() {
        AtomicInteger opened = new AtomicInteger();
        return (MultipartUploads) Proxy.newProxyInstance(MultipartUploads.class.getClassLoader(), new Class<?>[] {MultipartUploads.class},
                (proxy, called, args) -> switch (called.getName()) {
                    case "startMultipartUpload" -> "store-upload-" + opened.incrementAndGet();
                    case "abortMultipartUpload" -> null;
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }
}
