package com.harufilm.bootstrap.api.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployed shape under load and faults: the stack's processes from the built jars, dozens of
 * users driving them over HTTP, one fault scenario at a time, each followed by the accountant.
 * Size: -Dreliability.users (24), -Dreliability.workers (2).
 */
@Tag("reliability")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityIT {

    private static final int USERS = Integer.getInteger("reliability.users", 24);
    private static final int WORKERS = Integer.getInteger("reliability.workers", 2);

    @TempDir
    static Path work;

    private static StackUnderTest stack;
    private static Accountant accountant;
    private static Path clip;

    @BeforeAll
    static void start() throws Exception {
        // About 7.5 MiB: two parts of 5 MiB, so every upload PUTs parts in parallel.
        clip = LavfiClip.make(work, "day", "640x360", 2, "-vf", "noise=alls=4:allf=t", "-b:v", "30M", "-maxrate", "30M", "-bufsize", "10M");
        stack = StackUnderTest.start(work.resolve("stack"), WORKERS);
        accountant = new Accountant(stack);
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void withNoFaultNothingIsLostOrDoneTwice() throws Exception {
        run(new NoFault(), "calm");
    }

    @Test
    @Order(2)
    void aWorkerKilledMidEncodeLosesNothing() throws Exception {
        run(new WorkerKilledMidEncode(), "worker");
    }

    @Test
    @Order(3)
    void theApiKilledWhileUploadsCompleteLosesNothing() throws Exception {
        run(new ApiKilledWhileCompleting(), "api");
    }

    @Test
    @Order(4)
    void theDatabaseAwayFor20sAnswers503AndRecovers() throws Exception {
        run(new DatabaseAway(), "db");
    }

    @Test
    @Order(5)
    void theBrokerCutWhileEncodingLosesNothing() throws Exception {
        run(new BrokerCut(), "broker");
    }

    @Test
    @Order(6)
    void fcmThrottlingFailingAndHangingLosesNoPushAndSlowsNoRequest() throws Exception {
        var ledger = new Ledger();
        run(new FcmTrouble(ledger), "fcm", ledger);
    }

    @Test
    @Order(7)
    void theStoreFailingThenAwayAnswers503AndLosesNothing() throws Exception {
        run(new StoreTrouble(), "s3");
    }

    @Test
    @Order(8)
    void theBrokerStoppedAndStartedWhileEncodingLosesNothing() throws Exception {
        run(new BrokerRestart(), "restart");
    }

    private static void run(Scenario scenario, String tag) throws Exception {
        run(scenario, tag, new Ledger());
    }

    private static void run(Scenario scenario, String tag, Ledger ledger) throws Exception {
        Instant started = Instant.now();
        CompletableFuture<Void> load = new LoadGenerator(stack, ledger, clip).start(tag + "-" + System.nanoTime() % 100_000, USERS,
                scenario.gate());
        scenario.inject(stack, load);
        load.get(5, TimeUnit.MINUTES);
        var account = accountant.settle(scenario, ledger, started);
        System.out.println(account.line());
        account.violations().stream().limit(30).forEach(violation -> System.out.println("  violation: " + violation));
        assertEquals(List.of(), account.violations(), account.line());
    }
}
