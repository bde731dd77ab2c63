package com.harufilm.bootstrap.api.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.harufilm.adapters.media.push.FcmStub;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * FCM and Google's token endpoint on loopback for the API process (through HARU_FCM_URL): it takes
 * every message, and its journal is the log the accountant counts pushes in. A fault scenario
 * changes what it answers through {@link #server()}.
 */
public final class FcmStandIn implements AutoCloseable {

    /** One message FCM took: to which device, under which collapse key, of which type. */
    public record Delivery(String token, String collapseKey, String type) {
    }

    private static final ObjectMapper json = new ObjectMapper();
    // A thread for every message of a full sendEach (500), so each is answered by the stub in force
    // when it arrives: with fewer, messages queued behind a hanging answer were answered 200 after
    // the hang was lifted, seconds after the API had given up on them, and so reached a device twice.
    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(520));

    public FcmStandIn() {
        server.start();
        server.stubFor(post(urlEqualTo("/token"))
                .willReturn(okJson("{\"access_token\":\"stub-token\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
        server.stubFor(post(urlEqualTo(FcmStub.SEND_PATH)).atPriority(10)
                .willReturn(okJson("{\"name\":\"projects/" + FcmStub.PROJECT + "/messages/1\"}")));
    }

    /** The API's settings that send its pushes here. */
    public Map<String, String> apiSettings() throws Exception {
        return Map.of("HARU_FCM_SERVICE_ACCOUNT", FcmStub.serviceAccountJson(server.port()), "HARU_FCM_URL", server.baseUrl());
    }

    public WireMockServer server() {
        return server;
    }

    /** Every message this stand-in answered 200 to: what reached a device. */
    public List<Delivery> deliveries() {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().equals(FcmStub.SEND_PATH) && event.getResponse().getStatus() == 200)
                .map(FcmStandIn::delivery)
                .toList();
    }

    private static Delivery delivery(ServeEvent event) {
        try {
            JsonNode message = json.readTree(event.getRequest().getBodyAsString()).path("message");
            return new Delivery(message.path("token").asText(), message.path("android").path("collapse_key").asText(),
                    message.path("data").path("type").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
