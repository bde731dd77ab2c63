package com.harufilm.application.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.fakes.InMemoryObjectStore;
import com.harufilm.application.port.out.MediaEncoder;
import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.ScratchSpace;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.error.InvalidVideoFormat;
import com.harufilm.domain.video.EncodingEvent;
import com.harufilm.domain.video.EncodingJob;
import com.harufilm.domain.video.MediaInfo;
import com.harufilm.domain.video.DynamicRange;
import com.harufilm.domain.video.StreamFormat;
import com.harufilm.domain.video.VideoStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodeVideoTest {

    @TempDir
    Path root;

    private final Encoding encoding = new Encoding();
    private final List<EncodingEvent> events = new ArrayList<>();
    private final EncodingJob job = new EncodingJob(encoding.video.id(), encoding.owner, encoding.video.sourceKey(),
            encoding.video.outputPrefix());

    /** A phone's standard stream stored upright: served as it is first. */
    private static final MediaInfo PHONE_STREAM = new MediaInfo(12.5, 1080, 1920, 0, true,
            new StreamFormat("h264", "High", "yuv420p", 40, 12_000_000, "aac", DynamicRange.SDR));

    /** An encoder with nothing quicker than its ladder (as for a source whose ladder is one rung). */
    private abstract static class LadderOnly implements MediaEncoder {
        @Override
        public Optional<EncodedLadder> firstPlayable(Path source, MediaInfo info, Path out) {
            return Optional.empty();
        }
    }

    /** Writes a two-rung ladder like FFmpeg's, reporting progress in quarters. */
    private final MediaEncoder ladder = new LadderOnly() {
        @Override
        public MediaInfo probe(Path source) {
            return new MediaInfo(12.5, 1080, 1920, 90, true, StreamFormat.UNKNOWN);
        }

        @Override
        public EncodedLadder encode(Path source, MediaInfo info, Path out, DoubleConsumer progress) {
            for (String file : List.of("master.m3u8", "640p/index.m3u8", "640p/seg_000.ts", "1280p/index.m3u8", "1280p/seg_000.ts",
                    "thumbnail.jpg")) {
                write(out.resolve(file));
            }
            for (double done = 0.25; done <= 1.0; done += 0.25) {
                progress.accept(done);
            }
            return new EncodedLadder(List.of(new EncodedRendition(360, 640, 800_000, "640p/index.m3u8"),
                    new EncodedRendition(720, 1280, 3_200_000, "1280p/index.m3u8")), "master.m3u8", "thumbnail.jpg");
        }
    };

    private ScratchSpace scratch() {
        return jobName -> new ScratchSpace.Scratch() {
            private final Path folder = root.resolve(jobName);

            @Override
            public Path path() {
                write(folder.resolve(".keep"));
                return folder;
            }

            @Override
            public List<String> filesUnder(String relativeDir) {
                try (Stream<Path> files = Files.walk(folder.resolve(relativeDir))) {
                    return files.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/')).toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An encoder whose probe throws {@code failure}; it never gets to encode. */
    private static MediaEncoder probeFails(RuntimeException failure) {
        return new LadderOnly() {
            @Override
            public MediaInfo probe(Path source) {
                throw failure;
            }

            @Override
            public EncodedLadder encode(Path source, MediaInfo info, Path out, DoubleConsumer progress) {
                throw new AssertionError("never encoded");
            }
        };
    }

    private EncodeVideo encodeVideo(MediaEncoder encoder) {
        return encodeVideo(encoding.store, encoder);
    }

    /** A worker whose waits for the store pass on the test's clock, with five minutes' patience. */
    private EncodeVideo encodeVideo(ObjectStore store, MediaEncoder encoder) {
        var outages = new Outages(Duration.ofMinutes(5), encoding.clock, waited -> encoding.clock.advance(waited), new SplittableRandom(1));
        return new EncodeVideo(store, encoder, events::add, scratch(), 3, outages, encoding.clock);
    }

    @Test
    void storesTheLadderAndThumbnailAndReportsTheResult() {
        encodeVideo(ladder).encode(job, 0);

        String hls = "users/7/videos/abcdefghijklmnop/hls/";
        assertTrue(encoding.store.contents.keySet().containsAll(List.of(hls + "master.m3u8", hls + "640p/index.m3u8",
                hls + "640p/seg_000.ts", hls + "1280p/seg_000.ts", "users/7/videos/abcdefghijklmnop/thumbnail.jpg")));
        assertFalse(encoding.store.contents.containsKey(hls + "thumbnail.jpg"));
        assertInstanceOf(EncodingEvent.Started.class, events.getFirst());
        var completed = assertInstanceOf(EncodingEvent.Completed.class, events.getLast());
        assertEquals(hls + "1280p/index.m3u8", completed.result().renditions().get(1).playlistKey());
        assertEquals(1080, completed.result().width());
        assertFalse(Files.exists(root.resolve("video-" + job.videoId())), "scratch removed");
    }

    /** The ladder above for a phone stream, whose remux writes the source as one rendition (or fails with {@code remuxFailure}). */
    private MediaEncoder phoneStream(RuntimeException remuxFailure) {
        return new MediaEncoder() {
            @Override
            public MediaInfo probe(Path source) {
                return PHONE_STREAM;
            }

            @Override
            public Optional<EncodedLadder> firstPlayable(Path source, MediaInfo info, Path out) {
                if (remuxFailure != null) {
                    throw remuxFailure;
                }
                for (String file : List.of("master.m3u8", "source/seg_001.ts", "source/index.m3u8", "source/seg_000.ts", "thumbnail.jpg")) {
                    write(out.resolve(file));
                }
                return Optional.of(new EncodedLadder(List.of(new EncodedRendition(1080, 1920, 13_000_000, "source/index.m3u8")),
                        "master.m3u8", "thumbnail.jpg"));
            }

            @Override
            public EncodedLadder encode(Path source, MediaInfo info, Path out, DoubleConsumer progress) {
                return ladder.encode(source, info, out, progress);
            }
        };
    }

    /** Keys in the order they were stored. */
    private final class OrderedStore extends InMemoryObjectStore {
        final List<String> uploads = new ArrayList<>();

        OrderedStore() {
            super(encoding.clock);
            objects.put(job.sourceKey(), 10L);
        }

        @Override
        public void upload(Path file, String key, String contentType) {
            super.upload(file, key, contentType);
            uploads.add(key.substring(key.indexOf("/hls/") < 0 ? key.lastIndexOf('/') + 1 : key.indexOf("/hls/") + 5));
        }
    }

    @Test
    void aPhoneStreamIsPublishedAsItIsBeforeTheLadderWithItsMasterStoredLast() {
        var store = new OrderedStore();

        encodeVideo(store, phoneStream(null)).encode(job, 0);

        String hls = "users/7/videos/abcdefghijklmnop/hls/";
        var playable = assertInstanceOf(EncodingEvent.Playable.class, events.get(1));
        assertEquals(List.of(hls + "source/index.m3u8"), playable.firstCut().renditions().stream().map(r -> r.playlistKey()).toList());
        assertEquals(List.of("source/seg_000.ts", "source/seg_001.ts", "source/index.m3u8", "thumbnail.jpg", "master.m3u8"),
                store.uploads.subList(0, 5), "segments, their playlist, the thumbnail, and the master that names them last");
        assertEquals("master.m3u8", store.uploads.getLast(), "the ladder's master replaces the first one once its renditions are stored");
        var completed = assertInstanceOf(EncodingEvent.Completed.class, events.getLast());
        assertEquals(2, completed.result().renditions().size());
    }

    @Test
    void aSourceThatCannotBeRemuxedStillGetsItsLadder() {
        encodeVideo(phoneStream(new InvalidVideoFormat("odd stream"))).encode(job, 0);

        assertTrue(events.stream().noneMatch(EncodingEvent.Playable.class::isInstance));
        assertInstanceOf(EncodingEvent.Completed.class, events.getLast());
    }

    @Test
    void progressIsReportedButThrottled() {
        encodeVideo(ladder).encode(job, 0);

        assertEquals(1, events.stream().filter(EncodingEvent.Progress.class::isInstance).count(),
                "four reports within two seconds make one progress event");
    }

    @Test
    void aFileThatIsNotAVideoFailsTheVideoWithoutRetrying() {
        encodeVideo(probeFails(new InvalidVideoFormat("this file is not a video we can play"))).encode(job, 0);

        var failed = assertInstanceOf(EncodingEvent.Failed.class, events.getLast());
        assertEquals("this file is not a video we can play", failed.reason());
        assertFalse(Files.exists(root.resolve("video-" + job.videoId())));
    }

    @Test
    void aStoreAwayLongerThanThePatienceThrowsSoTheJobIsDeliveredAgainAndLeavesNoFiles() {
        var encode = encodeVideo(storeAwayFor(Duration.ofMinutes(6)), ladder);
        Instant started = encoding.clock.instant();

        assertThrows(DependencyFailure.class, () -> encode.encode(job, 0));

        assertTrue(Duration.between(started, encoding.clock.instant()).compareTo(Duration.ofMinutes(5)) <= 0, "gave up within the patience");
        assertTrue(events.stream().noneMatch(EncodingEvent.Completed.class::isInstance));
        assertFalse(Files.exists(root.resolve("video-" + job.videoId())));
    }

    @Test
    void anEncodeCutShortByAStoppingWorkerIsReportedInterruptedLeavesNoFilesAndIsNotCountedAsAnAttempt() {
        var stopping = new LadderOnly() {
            @Override
            public MediaInfo probe(Path source) {
                return new MediaInfo(12.5, 1080, 1920, 90, true, StreamFormat.UNKNOWN);
            }

            @Override
            public EncodedLadder encode(Path source, MediaInfo info, Path out, DoubleConsumer progress) {
                Thread.currentThread().interrupt(); // what the worker's stop does to FFmpeg's wait
                throw new DependencyFailure(ErrorCode.VIDEO_ENCODING_FAILED, "ffmpeg was interrupted", null);
            }
        };

        try {
            assertThrows(DependencyFailure.class, () -> encodeVideo(stopping).encode(job, 0));
            assertTrue(Thread.currentThread().isInterrupted(), "the caller still sees it is stopping");
        } finally {
            Thread.interrupted();
        }

        assertEquals(List.of(new EncodingEvent.Started(job.videoId()), new EncodingEvent.Interrupted(job.videoId())), events);
        assertFalse(Files.exists(root.resolve("video-" + job.videoId())), "scratch removed");
        events.forEach(encoding.apply()::apply);
        assertEquals(0, encoding.data.encodingAttempts.attempts.get(job.videoId()), "the attempt is given back");
        assertFalse(encoding.data.encodingAttempts.holds.containsKey(job.videoId()), "no hold while the job waits again");
    }

    @Test
    void aBrokerAwayWhenTheEncodeIsDoneIsWaitedOutSoTheFinishedWorkIsReported() {
        int[] refusals = {0};
        var encode = new EncodeVideo(encoding.store, ladder, event -> {
            if (event instanceof EncodingEvent.Completed && refusals[0] < 4) {
                refusals[0]++;
                throw new DependencyFailure(ErrorCode.MESSAGE_PUBLISH_FAILED, "the broker did not confirm", null);
            }
            events.add(event);
        }, scratch(), 3, new Outages(Duration.ofMinutes(5), encoding.clock, waited -> encoding.clock.advance(waited),
                new SplittableRandom(1)), encoding.clock);

        encode.encode(job, 0);

        assertEquals(4, refusals[0], "refused while the broker was away");
        assertInstanceOf(EncodingEvent.Completed.class, events.getLast(), "reported once it was back, in the same delivery");
    }

    @Test
    void aStoreAwayForAMinuteIsWaitedOutWithinOneDeliveryAndTheVideoCompletes() {
        var store = storeAwayFor(Duration.ofMinutes(1));

        encodeVideo(store, ladder).encode(job, 0);

        assertInstanceOf(EncodingEvent.Completed.class, events.getLast());
        assertEquals(1, events.stream().filter(EncodingEvent.Started.class::isInstance).count(), "one attempt used, not one per failure");
        assertTrue(store.failures > 3, "it was away for several tries: " + store.failures);
    }

    /** A store whose every call fails until {@code away} has passed on the test's clock, as S3 in an outage. */
    private AwayStore storeAwayFor(Duration away) {
        return new AwayStore(encoding.clock.instant().plus(away));
    }

    private final class AwayStore extends InMemoryObjectStore {
        private final Instant back;
        int failures;

        AwayStore(Instant back) {
            super(encoding.clock);
            this.back = back;
            objects.put(job.sourceKey(), 10L);
        }

        private void away() {
            if (encoding.clock.instant().isBefore(back)) {
                failures++;
                throw new DependencyFailure(ErrorCode.S3_UPLOAD_FAILED, "store away", null);
            }
        }

        @Override
        public void download(String key, Path target) {
            away();
            super.download(key, target);
        }

        @Override
        public void upload(Path file, String key, String contentType) {
            away();
            super.upload(file, key, contentType);
        }

        @Override
        public Optional<Long> sizeOf(String key) {
            away();
            return super.sizeOf(key);
        }
    }

    @Test
    void aDeliveryPastTheAttemptLimitDoesNoWorkAndReportsTheVideoFailedNamingItsFolder() {
        encodeVideo(probeFails(new IllegalStateException("no work past the limit"))).encode(job, 3);

        assertEquals(List.of(new EncodingEvent.Failed(job.videoId(), AttemptLimits.givenUpReason(3), job.outputPrefix())), events);
        assertTrue(encoding.store.contents.isEmpty(), "nothing stored");
        encoding.apply().apply(events.getFirst());
        encoding.apply().apply(events.getFirst());
        assertEquals(VideoStatus.FAILED, encoding.data.videos.rows.get(job.videoId()).status());
        assertEquals(List.of("ENCODING_FAILED"), encoding.notices.kinds(), "one push however often it is reported");
    }

    /** A store whose downloads fail as S3 answers a missing key, and which says the source has {@code sourceSize}. */
    private InMemoryObjectStore storeWithout(Optional<Long> sourceSize) {
        return new InMemoryObjectStore(encoding.clock) {
            @Override
            public void download(String key, Path target) {
                throw new DependencyFailure(ErrorCode.S3_UPLOAD_FAILED, "downloading an object failed: the store answered 404 NoSuchKey", null);
            }

            @Override
            public Optional<Long> sizeOf(String key) {
                return sourceSize;
            }
        };
    }

    @Test
    void aSourceGoneFromTheStoreFailsTheVideoAtOnceInsteadOfHoldingTheWorkerWithRetries() {
        var encode = encodeVideo(storeWithout(Optional.empty()), probeFails(new IllegalStateException("never probed")));
        Instant started = encoding.clock.instant();

        encode.encode(job, 0);

        assertEquals(new EncodingEvent.Failed(job.videoId(), EncodeVideo.SOURCE_GONE, job.outputPrefix()), events.getLast());
        assertEquals(started, encoding.clock.instant(), "the store answers that the source is gone: no wait");
        assertFalse(Files.exists(root.resolve("video-" + job.videoId())));
    }

    @Test
    void aSourceThatIsThereButCannotBeReadIsTriedAgain() {
        var encode = encodeVideo(storeWithout(Optional.of(1024L)), ladder);

        assertThrows(DependencyFailure.class, () -> encode.encode(job, 0));

        assertTrue(events.stream().noneMatch(EncodingEvent.Failed.class::isInstance));
    }
}
