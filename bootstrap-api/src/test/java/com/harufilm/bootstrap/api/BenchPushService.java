package com.harufilm.bootstrap.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.harufilm.adapters.media.push.FcmPushSender;
import com.harufilm.adapters.media.push.FcmSettings;
import com.harufilm.adapters.media.push.FcmStub;
import com.harufilm.application.port.out.PushSender;
import com.harufilm.application.port.out.PushSender.Outcome;
import com.harufilm.application.port.out.PushSender.PushResult;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The push service ReminderBench's runs share; tokens starting with {@code stale} are answered
 * UNREGISTERED. {@code requests} counts HTTP sends to the stub (none in memory).
 */
record BenchPushService(PushSender sender, AtomicLong requests, AutoCloseable resources) implements AutoCloseable {

    static BenchPushService memory(String stale) {
        PushSender answering = messages -> messages.stream()
                .map(m -> new PushResult(m.token(), m.token().startsWith(stale) ? Outcome.INVALID_TOKEN : Outcome.SENT))
                .toList();
        return new BenchPushService(answering, new AtomicLong(), () -> { });
    }

    /** The product's FcmPushSender against WireMock standing in for Google's token endpoint and FCM v1. */
    static BenchPushService http(String stale) throws Exception {
        WireMockServer stub = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(128).jettyAcceptors(2).disableRequestJournal());
        stub.start();
        stub.stubFor(post(urlEqualTo("/token"))
                .willReturn(okJson("{\"access_token\":\"stub-token\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
        stub.stubFor(post(urlEqualTo(FcmStub.SEND_PATH)).atPriority(10)
                .willReturn(okJson("{\"name\":\"projects/" + FcmStub.PROJECT + "/messages/1\"}")));
        stub.stubFor(post(urlEqualTo(FcmStub.SEND_PATH)).atPriority(1).withRequestBody(containing("\"token\":\"" + stale))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody(FcmStub.fcmError(404, "NOT_FOUND", "UNREGISTERED", "Requested entity was not found."))));
        AtomicLong requests = new AtomicLong();
        FcmPushSender sender = new FcmPushSender(new FcmSettings(FcmStub.serviceAccountJson(stub.port()),
                FcmStub.transportTo(stub.port(), requests), 3, Duration.ofMillis(5), Duration.ofMillis(200),
                FcmSettings.DEFAULT_TIMEOUT), new Random(7));
        return new BenchPushService(sender, requests, () -> {
            sender.close();
            stub.stop();
        });
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
