package com.harufilm.bootstrap.api.reliability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What the load generator did and was answered, for the accountant to hold the end state against. */
public final class Ledger {

    /** An upload the API answered complete to: the video it named for the user's day. */
    public record CompletedUpload(long userId, String uploadId, String videoId, LocalDate date) {
    }

    /** An answer a client counts as a server failure: a 5xx, or none at all (status 0). */
    public record ServerFailure(String call, int status) {
    }

    private final AtomicInteger requests = new AtomicInteger();
    private final List<CompletedUpload> completed = new CopyOnWriteArrayList<>();
    private final Set<String> deletedVideos = ConcurrentHashMap.newKeySet();
    private final Map<Long, List<String>> devices = new ConcurrentHashMap<>();
    private final List<ServerFailure> failures = new CopyOnWriteArrayList<>();

    void answered(String call, int status) {
        requests.incrementAndGet();
        if (status >= 500 || status == 0) {
            failures.add(new ServerFailure(call, status));
        }
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
