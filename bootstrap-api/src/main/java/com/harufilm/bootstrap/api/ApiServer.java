package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.LocalS3Server;
import com.harufilm.adapters.messaging.EncodingMessages;
import com.harufilm.adapters.messaging.InProcessMessaging;
import com.harufilm.adapters.messaging.Topics;
import com.harufilm.adapters.web.HttpApi;
import com.harufilm.application.health.CheckReadiness;
import com.harufilm.application.health.Readiness;
import com.harufilm.bootstrap.worker.ConsumerStarter;
import com.harufilm.bootstrap.worker.SigtermExit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running API process: starts it from its config, and stops it cleanly on SIGTERM or Ctrl-C. */
public final class ApiServer {

    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);

    private final HttpApi httpApi;
    private final PeriodicJobs jobs;
    private final Duration grace;
    private final List<AutoCloseable> resources;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ApiServer(HttpApi httpApi, PeriodicJobs jobs, Duration grace, List<AutoCloseable> resources) {
        this.httpApi = httpApi;
        this.jobs = jobs;
        this.grace = grace;
        this.resources = resources;
    }

    /** The production API: MySQL, RabbitMQ and S3 as configured. */
    public static ApiServer start(ApiConfig config) throws Exception {
        ProductionApiComponent process = production(config);
        return serve(process, config, new ArrayList<>(), () -> {
            // Workers report back through the broker; the API applies their reports.
            String queue = process.topologyNames().eventsQueue();
            return ConsumerStarter.start(process.rabbitConsumer(), queue, 4,
                    (payload, previous) -> process.applyEncodingEvent().apply(process.encodingMessages().decodeEvent(payload)),
                    () -> log.info("consuming {}", queue), config.web().shutdownGrace());
        });
    }

    /** The embedded run: an H2 file database and a local S3 server, all under the data directory. */
    public static ApiServer startEmbedded(ApiConfig config) throws Exception {
        List<AutoCloseable> standIns = new ArrayList<>();
        LocalS3Server s3 = LocalS3Server.start(config.dataDir().resolve("objects"), config.localS3Port(),
                config.objectStore().bucket(), config.web().webOrigins());
        standIns.add(s3);
        log.info("embedded run dataDir={} objectStore={}", config.dataDir(), s3.settings().endpoint());
        EmbeddedApiComponent process = DaggerEmbeddedApiComponent.builder().configure(config).objectStore(s3.settings())
                .media(config.media()).workDir(config.dataDir().resolve("work")).build();
        return serve(process, config, standIns, () -> {
            // The worker runs in this process, fed by the in-process queue.
            InProcessMessaging messaging = process.inProcessMessaging();
            EncodingMessages messages = process.encodingMessages();
            messaging.subscribe(Topics.ENCODING_REQUESTED,
                    (payload, previous) -> process.encodeVideo().encode(messages.decodeJob(payload), previous), 1);
            messaging.subscribe(Topics.ENCODING_EVENT,
                    (payload, previous) -> process.applyEncodingEvent().apply(messages.decodeEvent(payload)), 1);
            // The in-process queue forgot what it held when the last run stopped.
            process.requeueStuckVideos().requeueAll();
            return () -> { };
        });
    }

    private static ProductionApiComponent production(ApiConfig config) {
        return DaggerProductionApiComponent.builder().configure(config).objectStore(config.objectStore()).broker(config.broker())
                .fcm(config.fcm()).build();
    }

    private static ApiServer serve(ApiProcess process, ApiConfig config, List<AutoCloseable> standIns,
                                   Callable<AutoCloseable> startMessaging) throws Exception {
        if (config.migrateOnStart()) {
            process.schemaMigrations().migrate();
        }
        AutoCloseable messaging = startMessaging.call();
        PeriodicJobs jobs = process.periodicJobs();
        process.outboxSignal().listen(jobs.everyAndWhenNudged(Duration.ofSeconds(1), "relay-outbox", process.relayOutbox()::relay));
        jobs.every(config.sweepInterval(), "requeue-stuck-videos", process.requeueStuckVideos()::requeue);
        jobs.everyMinute("queue-reminders", process.queueDueReminders()::queue);
        jobs.every(Duration.ofSeconds(1), "dispatch-notices", process.dispatchNotices()::dispatch);
        jobs.every(Duration.ofHours(1), "forget-finished-rows", process.forgetFinishedRows()::forget);
        jobs.every(config.sweepInterval(), "sweep-expired-uploads", process.sweepExpiredUploads()::sweep);
        jobs.every(config.sweepInterval(), "sweep-object-deletions", process.sweepObjectDeletions()::sweep);
        // After the requests and the timers: the consumer, then the process's own pools, then the stand-ins they talk to.
        List<AutoCloseable> resources = new ArrayList<>(List.of(messaging));
        resources.addAll(process.resources());
        resources.addAll(standIns.reversed());
        // Before the first request: a request served by cold clients could time out where a warm one answers at once.
        awaitDependencies(process.checkReadiness(), Duration.ofSeconds(20));
        ApiServer server = new ApiServer(process.httpApi().start(config.bindHost(), config.port()), jobs,
                config.web().shutdownGrace(), resources);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "shutdown"));
        SigtermExit.install();
        System.out.println("Haru Film is running at http://localhost:" + server.port());
        return server;
    }

    /**
     * Waits, bounded, until every dependency answered once: a cold client's first call (the S3
     * SDK loading its classes, the first connections) can outlast a readiness probe on a busy
     * machine, so the process takes requests (and says it runs) once its first /health/ready would say so too.
     * Past the bound it starts anyway and says what is down (readiness keeps telling).
     */
    private static void awaitDependencies(CheckReadiness readiness, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        Readiness state = readiness.check();
        while (!state.ready() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            state = readiness.check();
        }
        if (!state.ready()) {
            log.warn("starting though not ready within {} s: {}", limit.toSeconds(), state.components().stream()
                    .filter(component -> !component.up()).map(component -> component.name() + " (" + component.detail() + ")").toList());
        }
    }

    public int port() {
        return httpApi.port();
    }

    /**
     * Refuses new connections and lets the requests in flight finish, while the periodic jobs end
     * their rounds and hand their leases back (each within the grace); then closes pools and stand-ins.
     */
    public synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        log.info("stopping: refusing new connections, {} ms for the requests in flight", grace.toMillis());
        Thread jobsStopping = Thread.ofPlatform().name("stop-periodic-jobs").start(this::stopJobs);
        httpApi.stop();
        try {
            jobsStopping.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeAll(resources);
        log.info("stopped");
        stopped.countDown();
    }

    private void stopJobs() {
        try {
            jobs.stop(grace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("could not hand the periodic jobs' leases back; they run out by themselves", e);
        }
    }

    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("could not close {}", resource.getClass().getSimpleName(), e);
            }
        }
    }
}
