package com.harufilm.bootstrap.worker;

import com.harufilm.application.health.Readiness;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker deployable. It connects to the broker and the object store and reports whether they
 * answer; the encoding consumer it will run is the encoding pipeline's work (issue 5).
 */
public final class WorkerMain {

    private static final Logger log = LoggerFactory.getLogger(WorkerMain.class);

    private WorkerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Env env = new Env(System.getenv());
        WorkerComponent worker = DaggerWorkerComponent.builder()
                .objectStore(SharedSettings.objectStore(env))
                .broker(SharedSettings.broker(env))
                .readinessTimeout(SharedSettings.readinessTimeout(env))
                .build();
        env.failOnProblems();
        Readiness readiness = worker.checkReadiness().check();
        readiness.components().forEach(component ->
                log.info("worker dependency component={} up={} {}", component.name(), component.up(), component.detail()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            worker.resources().forEach(WorkerMain::closeQuietly);
            stopped.countDown();
        }, "shutdown"));
        log.info("worker started; no job types are consumed yet");
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
