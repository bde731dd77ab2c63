package com.harufilm.adapters.media.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.harufilm.application.port.out.PushSender.Outcome;
import com.harufilm.application.port.out.PushSender.PushMessage;
import com.harufilm.application.port.out.PushSender.PushResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FcmPushSender against a WireMock stand-in for Google's token endpoint and FCM's HTTP v1 API. */
class FcmPushSenderIT {

    /**
     * firebase-admin retries a 503 itself (4 times, ~7.5 s of backoff) unless Retry-After exceeds its
     * 60 s ceiling; asking for 120 s hands every retry to the adapter, whose test cap is 200 ms.
     */
    private static final String LONGER_THAN_THE_SDK_WAITS = "120";
    // Long enough for a stub on a loaded 2-core CI machine (2 s lost 5 of 1,200 sends to read timeouts), short beside the hung test's bound.
    private static final int TIMEOUT_MS = 8_000;

    private static WireMockServer stub;
    private FcmPushSender sender;

    @BeforeAll
    static void startStub() {
        stub = new WireMockServer(options().dynamicPort().containerThreads(64).jettyAcceptors(4));
        stub.start();
    }

    @AfterAll
    static void stopStub() {
        stub.stop();
    }

    @BeforeEach
    void stubGoogle() throws Exception {
        stub.resetAll();
        stub.stubFor(post(urlEqualTo("/token"))
                .willReturn(okJson("{\"access_token\":\"stub-token\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
        stub.stubFor(post(urlEqualTo(FcmStub.SEND_PATH)).atPriority(10)
                .willReturn(okJson("{\"name\":\"projects/" + FcmStub.PROJECT + "/messages/1\"}")));
        var settings = new FcmSettings(FcmStub.serviceAccountJson(stub.port()), FcmStub.transportTo(stub.port()),
                3, Duration.ofMillis(5), Duration.ofMillis(200), Duration.ofMillis(TIMEOUT_MS));
        sender = new FcmPushSender(settings, new Random(7));
    }

    @AfterEach
    void closeSender() {
        sender.close();
    }

    @Test
    void twelveHundredMessagesGoOutAsThreeBatchesAndAreAllSent() {
        var messages = IntStream.range(0, 1200).mapToObj(i -> message("device-" + i)).toList();

        var results = sender.send(messages);

        assertEquals(1200, results.stream().filter(r -> r.outcome() == Outcome.SENT).count());
        assertEquals(messages.get(1199).token(), results.get(1199).token());
        assertEquals(3, sender.batchesSent.get());
        assertEquals(1200, sends(null));
    }

    @Test
    void anUnregisteredTokenIsReportedInvalidWhileTheOthersAreSent() {
        stub.stubFor(sendTo("gone").willReturn(json(404,
                FcmStub.fcmError(404, "NOT_FOUND", "UNREGISTERED", "Requested entity was not found."))));

        var results = sender.send(List.of(message("a"), message("gone"), message("b")));

        assertEquals(List.of(new PushResult("a", Outcome.SENT), new PushResult("gone", Outcome.INVALID_TOKEN),
                new PushResult("b", Outcome.SENT)), results);
        assertEquals(1, sends("gone"));
    }

    @Test
    void aMalformedTokenIsReportedInvalidAndDoesNotFailTheOthers() {
        stub.stubFor(sendTo("garbage").willReturn(json(400, FcmStub.fcmError(400, "INVALID_ARGUMENT",
                "INVALID_ARGUMENT", "The registration token is not a valid FCM registration token"))));

        var results = sender.send(List.of(message("garbage"), message("a")));

        assertEquals(List.of(new PushResult("garbage", Outcome.INVALID_TOKEN), new PushResult("a", Outcome.SENT)), results);
    }

    @ParameterizedTest
    @CsvSource({"503, UNAVAILABLE", "500, INTERNAL"})
    void aTransientErrorOnceIsRetriedByTheAdapterOnlyForThatMessage(int status, String fcmCode) {
        flakyOnce("flaky", status, fcmCode);

        var results = sender.send(List.of(message("flaky"), message("a")));

        assertEquals(List.of(new PushResult("flaky", Outcome.SENT), new PushResult("a", Outcome.SENT)), results);
        assertEquals(2, sends("flaky"));
        assertEquals(1, sends("a"));
        assertEquals(2, sender.batchesSent.get());
    }

    @Test
    void aServiceThatStaysUnavailableEndsInFailedAfterTheRetries() {
        stub.stubFor(sendTo("down").willReturn(unavailable()));

        var results = sender.send(List.of(message("down"), message("a")));

        assertEquals(List.of(new PushResult("down", Outcome.FAILED), new PushResult("a", Outcome.SENT)), results);
        assertEquals(4, sender.batchesSent.get());
        assertEquals(4, sends("down"));
        assertEquals(1, sends("a"));
    }

    @Test
    void anFcmThatStopsAnsweringFailsTheMessageWithinTheTimeoutsInsteadOfHoldingTheSend() {
        // Far longer than the test waits: without read timeouts the send would sit here.
        stub.stubFor(sendTo("hung").willReturn(okJson("{}").withFixedDelay(60_000)));

        var results = assertTimeoutPreemptively(Duration.ofSeconds(45), () -> sender.send(List.of(message("hung"), message("a"))));

        assertEquals(List.of(new PushResult("hung", Outcome.FAILED), new PushResult("a", Outcome.SENT)), results);
    }

    private void flakyOnce(String token, int status, String code) {
        stub.stubFor(sendTo(token).inScenario(token).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(status, FcmStub.fcmError(status, code, code, "try again")).withHeader("Retry-After", LONGER_THAN_THE_SDK_WAITS))
                .willSetStateTo("recovered"));
        stub.stubFor(sendTo(token).inScenario(token).whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"name\":\"projects/" + FcmStub.PROJECT + "/messages/2\"}")));
    }

    private static ResponseDefinitionBuilder unavailable() {
        return json(503, FcmStub.fcmError(503, "UNAVAILABLE", "UNAVAILABLE", "The service is currently unavailable."))
                .withHeader("Retry-After", LONGER_THAN_THE_SDK_WAITS);
    }

    private static MappingBuilder sendTo(String token) {
        return post(urlEqualTo(FcmStub.SEND_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.message.token", equalTo(token)));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static int sends(String token) {
        var pattern = postRequestedFor(urlEqualTo(FcmStub.SEND_PATH));
        if (token != null) {
            pattern = pattern.withRequestBody(matchingJsonPath("$.message.token", equalTo(token)));
        }
        return stub.countRequestsMatching(pattern.build()).getCount();
    }

    private static PushMessage message(String token) {
        return new PushMessage(token, "오늘의 필름", "Time to record today", Map.of("kind", "reminder"), "daily-reminder");
    }
}
