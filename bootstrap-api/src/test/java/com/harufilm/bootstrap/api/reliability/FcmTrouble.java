package com.harufilm.bootstrap.api.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.harufilm.adapters.media.push.FcmStub;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * FCM in trouble while videos complete: 429 with Retry-After, then 503, then hanging past the
 * API's FCM timeout (answering only after it gave up, so nothing reaches a device), then well
 * again. Sends are retried and none reaches a device twice; the API's request latency during the
 * trouble is measured against the rest of the run, since pushes must not hold requests.
 */
final class FcmTrouble implements Scenario {

    private static final Duration LOAD_FIRST = Duration.ofSeconds(8);
    private static final Duration EACH = Duration.ofSeconds(5);

    private final Ledger ledger;
    private long troubleFrom;
    private long troubleTo;
    private int fcmCalls;

    FcmTrouble(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return "FCM 429, 503, hanging";
    }

    @Override
    public void inject(StackUnderTest stack, CompletableFuture<Void> load) throws Exception {
        Thread.sleep(LOAD_FIRST);
        var fcm = stack.fcm().server();
        troubleFrom = System.nanoTime();
        int before = fcm.getAllServeEvents().size();
        for (ResponseDefinitionBuilder trouble : new ResponseDefinitionBuilder[] {
                aResponse().withStatus(429).withHeader("Retry-After", "2"),
                aResponse().withStatus(503),
                // Answers after the API's timeout (StackUnderTest sets 2 s): the API sees no answer.
                aResponse().withStatus(503).withFixedDelay(5_000)}) {
            StubMapping stub = fcm.stubFor(post(urlEqualTo(FcmStub.SEND_PATH)).atPriority(1).willReturn(trouble));
            Thread.sleep(EACH);
            fcm.removeStub(stub);
        }
        troubleTo = System.nanoTime();
        fcmCalls = fcm.getAllServeEvents().size() - before;
    }

    @Override
    public String toString() {
        return name() + " (" + fcmCalls + " FCM calls during the trouble; API p99 " + ledger.p99Millis(this::inTrouble)
                + " ms during it, " + ledger.p99Millis(sent -> !inTrouble(sent)) + " ms outside)";
    }

    private boolean inTrouble(long sentNanos) {
        return sentNanos >= troubleFrom && sentNanos < troubleTo;
    }
}
