package com.harufilm.bootstrap.worker;

import com.harufilm.application.health.Readiness;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker deployable: consumes encoding jobs from RabbitMQ, HARU_WORKER_CONCURRENCY at a time.
 * On SIGTERM it stops taking jobs and lets the ones in hand finish within HARU_SHUTDOWN_GRACE_MS;
 * a job still encoding then is cut short (FFmpeg stopped, scratch deleted, the video's hold
 * released) and given back to the queue, and the process exits 0.
 */
public final class WorkerMain {

    private static final Logger log = LoggerFactory.getLogger(WorkerMain.class);

    private WorkerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        WorkerConfig config;
        try {
            config = WorkerConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException badConfig) {
            System.err.println(badConfig.getMessage());
            System.exit(2);
            return;
        }
        int concurrency = config.concurrency();
        WorkerComponent worker = config.component();
        Readiness readiness = worker.checkReadiness().check();
        readiness.components().forEach(component ->
                log.info("worker dependency component={} up={} {}", component.name(), component.up(), component.detail()));
        var messages = worker.encodingMessages();
        var encode = worker.encodeVideo();
        String queue = worker.topologyNames().jobsQueue();
        ConsumerStarter jobs = ConsumerStarter.start(worker.rabbitConsumer(), queue, concurrency,
                (payload, previousDeliveries) -> encode.encode(messages.decodeJob(payload), previousDeliveries),
                () -> System.out.println("Haru Film worker is consuming " + queue + " with concurrency " + concurrency),
                config.shutdownGrace());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping: taking no more jobs, {} ms for those in hand", config.shutdownGrace().toMillis());
            closeQuietly(jobs);
            worker.resources().forEach(WorkerMain::closeQuietly);
            log.info("stopped");
            stopped.countDown();
        }, "shutdown"));
        SigtermExit.install();
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
