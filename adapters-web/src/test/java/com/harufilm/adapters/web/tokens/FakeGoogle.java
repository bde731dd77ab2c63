package com.harufilm.adapters.web.tokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;

/** Google's token endpoint (POST /token) and JWKS (GET /certs) on a loopback WireMock server. */
final class FakeGoogle {

    final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    URI uri(String path) {
        return URI.create(server.url(path));
    }

    void publish(SigningKey... keys) {
        server.stubFor(get("/certs").willReturn(okJson(SigningKey.jwks(keys))));
    }

    /** The token endpoint trades any code for this ID token. */
    void answers(String idToken) {
        tokenEndpointAnswers(okJson("{\"access_token\":\"ya29.x\",\"expires_in\":3599,\"token_type\":\"Bearer\",\"id_token\":\"" + idToken + "\"}"));
    }

    void tokenEndpointAnswers(ResponseDefinitionBuilder response) {
        server.stubFor(post("/token").willReturn(response));
    }

    void certsAnswer(int status) {
        server.stubFor(get("/certs").willReturn(aResponse().withStatus(status)));
    }
}
