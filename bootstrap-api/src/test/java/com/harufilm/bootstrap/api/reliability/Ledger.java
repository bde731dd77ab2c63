package com.harufilm.bootstrap.api.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;

/** What the load generator did and was answered, for the accountant to hold the end state against. */
public final class Ledger {

    /** An upload the API answered complete to: the video it named for the user's day. */
    public record CompletedUpload(long userId, String uploadId, String videoId, LocalDate date) {
    }

    /** An answer a client counts as a server failure: a 5xx (with the error code of its body, if any), or none at all (status 0). */
    public record ServerFailure(String call, int status, String code) {
    }

    /** One API call's round trip, by System.nanoTime at its start and end. */
    private record Timing(long sent, long answered) {
    }

    private static final ObjectMapper json = new ObjectMapper();

    private final AtomicInteger requests = new AtomicInteger();
    private final List<CompletedUpload> completed = new CopyOnWriteArrayList<>();
    private final Set<String> deletedVideos = ConcurrentHashMap.newKeySet();
    private final Map<Long, List<String>> devices = new ConcurrentHashMap<>();
    private final List<ServerFailure> failures = new CopyOnWriteArrayList<>();

    private final List<Timing> timings = new CopyOnWriteArrayList<>();

    void answered(String call, int status, String body) {
        requests.incrementAndGet();
        if (status >= 500 || status == 0) {
            failures.add(new ServerFailure(call, status, codeOf(body)));
        }
    }

    private static String codeOf(String body) {
        try {
            return json.readTree(body).path("code").asText();
        } catch (IOException | RuntimeException notJson) {
            return "";
        }
    }

    void took(long sentNanos, long answeredNanos) {
        timings.add(new Timing(sentNanos, answeredNanos));
    }

    /** The 99th percentile, in ms, of the round trips of API calls sent at a System.nanoTime that {@code sentAt} takes (-1 if none). */
    public long p99Millis(LongPredicate sentAt) {
        long[] millis = timings.stream().filter(timing -> sentAt.test(timing.sent()))
                .mapToLong(timing -> (timing.answered() - timing.sent()) / 1_000_000).sorted().toArray();
        return millis.length == 0 ? -1 : millis[(int) Math.ceil(millis.length * 0.99) - 1];
    }

    void completed(CompletedUpload upload) {
        completed.add(upload);
    }

    void deleted(String videoId) {
        deletedVideos.add(videoId);
    }

    void registered(long userId, String token) {
        devices.computeIfAbsent(userId, id -> new CopyOnWriteArrayList<>()).add(token);
    }

    public int requests() {
        return requests.get();
    }

    public List<CompletedUpload> completed() {
        return List.copyOf(completed);
    }

    public boolean isDeleted(String videoId) {
        return deletedVideos.contains(videoId);
    }

    public Map<Long, List<String>> devices() {
        return Map.copyOf(devices);
    }

    public List<ServerFailure> failures() {
        return new ArrayList<>(failures);
    }
}
