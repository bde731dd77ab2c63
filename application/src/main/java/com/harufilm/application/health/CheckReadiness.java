package com.harufilm.application.health;

import com.harufilm.application.health.Readiness.Component;
import com.harufilm.application.port.out.ReadinessProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Asks every dependency at once whether it answers, so a load balancer knows to send traffic. An
 * answer is reused for {@link ReadinessSettings#cacheFor()}; callers that come while a probe runs
 * wait for it and share its answer, so however many ask, the dependencies see one probe at a time.
 */
public final class CheckReadiness {

    private record Answer(Readiness readiness, Instant at) {
    }

    private final List<ReadinessProbe> probes;
    private final Duration timeout;
    private final Duration cacheFor;
    private final Clock clock;
    private final ReentrantLock probing = new ReentrantLock();
    private volatile @Nullable Answer last;

    public CheckReadiness(Set<ReadinessProbe> probes, ReadinessSettings settings, Clock clock) {
        this.probes = probes.stream().sorted(Comparator.comparing(ReadinessProbe::component)).toList();
        this.timeout = settings.timeout();
        this.cacheFor = settings.cacheFor();
        this.clock = clock;
    }

    public Readiness check() {
        Answer fresh = fresh();
        if (fresh != null) {
            return fresh.readiness();
        }
        probing.lock();
        try {
            fresh = fresh();
            if (fresh != null) {
                return fresh.readiness();
            }
            Readiness readiness = probeAll();
            last = new Answer(readiness, clock.instant());
            return readiness;
        } finally {
            probing.unlock();
        }
    }

    private @Nullable Answer fresh() {
        Answer answer = last;
        return answer != null && clock.instant().isBefore(answer.at().plus(cacheFor)) ? answer : null;
    }

    private Readiness probeAll() {
        // Probes run in parallel and are abandoned at the deadline: one hung part must not hold
        // the answer, nor the thread that asked.
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<?>> answers = probes.stream()
                    .<Future<?>>map(probe -> executor.submit(() -> {
                        probe.check();
                        return null;
                    }))
                    .toList();
            long deadline = System.nanoTime() + timeout.toNanos();
            return new Readiness(IntStream.range(0, probes.size())
                    .mapToObj(i -> await(probes.get(i).component(), answers.get(i), deadline))
                    .toList());
        } finally {
            executor.shutdownNow();
        }
    }

    private Component await(String name, Future<?> answer, long deadline) {
        try {
            answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new Component(name, true, "");
        } catch (TimeoutException e) {
            return new Component(name, false, "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Component(name, false, cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Component(name, false, "interrupted");
        }
    }
}
