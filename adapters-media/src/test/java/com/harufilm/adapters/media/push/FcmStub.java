package com.harufilm.adapters.media.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.api.client.http.HttpTransport;
import java.net.URI;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Points firebase-admin at a local stub: a transport that reroutes Google hosts, and a service
 * account signed by a throwaway key. Public for bootstrap-api's reminder bench (this module's test jar).
 */
public final class FcmStub {

    public static final String PROJECT = "demo-project";
    public static final String SEND_PATH = "/v1/projects/" + PROJECT + "/messages:send";

    private FcmStub() {
    }

    /** Sends *.googleapis.com (FCM, OAuth) to the stub, keeping path and query. */
    static HttpTransport transportTo(int port) {
        return transportTo(port, new AtomicLong());
    }

    /** As {@link #transportTo(int)}, counting the sends to FCM in {@code sends}. */
    public static HttpTransport transportTo(int port, AtomicLong sends) {
        return FcmRerouting.transportTo(URI.create("http://127.0.0.1:" + port), url -> {
            if (url.getPath().equals(SEND_PATH)) {
                sends.incrementAndGet();
            }
        });
    }

    public static String serviceAccountJson(int port) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var key = generator.generateKeyPair().getPrivate();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return new ObjectMapper().writeValueAsString(Map.of(
                "type", "service_account",
                "project_id", PROJECT,
                "private_key_id", "test-key",
                "private_key", pem,
                "client_email", "push@" + PROJECT + ".iam.gserviceaccount.com",
                "client_id", "1",
                "token_uri", "http://127.0.0.1:" + port + "/token"));
    }

    public static String fcmError(int code, String status, String fcmCode, String message) {
        return """
                {"error":{"code":%d,"message":"%s","status":"%s","details":[
                  {"@type":"type.googleapis.com/google.firebase.fcm.v1.FcmError","errorCode":"%s"}]}}"""
                .formatted(code, message, status, fcmCode);
    }
}
