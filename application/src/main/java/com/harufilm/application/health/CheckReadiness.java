package com.harufilm.application.health;

import com.harufilm.application.health.Readiness.Component;
import com.harufilm.application.port.out.ReadinessProbe;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

/** Asks every dependency at once whether it answers, so a load balancer knows to send traffic. */
public final class CheckReadiness {

    private final List<ReadinessProbe> probes;
    private final Duration timeout;

    public CheckReadiness(Set<ReadinessProbe> probes, Duration timeout) {
        this.probes = probes.stream().sorted(Comparator.comparing(ReadinessProbe::component)).toList();
        this.timeout = timeout;
    }

    public Readiness check() {
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
