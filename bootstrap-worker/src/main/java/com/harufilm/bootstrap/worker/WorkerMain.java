package com.harufilm.bootstrap.worker;

import com.harufilm.application.health.Readiness;
import java.nio.file.Path;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker deployable: consumes encoding jobs from RabbitMQ, HARU_WORKER_CONCURRENCY at a time.
 * On SIGTERM it stops taking jobs and lets the ones in hand finish (a job cut short is delivered
 * again, since it is acked only when done).
 */
public final class WorkerMain {

    private static final Logger log = LoggerFactory.getLogger(WorkerMain.class);

    private WorkerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Env env = new Env(System.getenv());
        var builder = DaggerWorkerComponent.builder()
                .objectStore(SharedSettings.objectStore(env))
                .broker(SharedSettings.broker(env))
                .media(SharedSettings.media(env))
                .workDir(SharedSettings.workDir(env, Path.of(System.getProperty("java.io.tmpdir"), "haru-worker").toString()))
                .readiness(SharedSettings.readiness(env))
                .maxEncodeAttempts(SharedSettings.maxEncodeAttempts(env));
        int concurrency = env.integer("HARU_WORKER_CONCURRENCY", 1, 1, 64);
        try {
            env.failOnProblems();
        } catch (IllegalArgumentException badConfig) {
            System.err.println(badConfig.getMessage());
            System.exit(2);
        }
        WorkerComponent worker = builder.build();
        Readiness readiness = worker.checkReadiness().check();
        readiness.components().forEach(component ->
                log.info("worker dependency component={} up={} {}", component.name(), component.up(), component.detail()));
        var messages = worker.encodingMessages();
        var encode = worker.encodeVideo();
        String queue = worker.topologyNames().jobsQueue();
        ConsumerStarter jobs = ConsumerStarter.start(worker.rabbitConsumer(), queue, concurrency,
                (payload, previousDeliveries) -> encode.encode(messages.decodeJob(payload), previousDeliveries),
                () -> System.out.println("Haru Film worker is consuming " + queue + " with concurrency " + concurrency));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeQuietly(jobs);
            worker.resources().forEach(WorkerMain::closeQuietly);
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            log.warn("could not close {}", resource.getClass().getSimpleName(), e);
        }
    }
}
