package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiConfigTest {

    private static final String KEYS = "k1:" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void productionRefusesToStartWithoutSigningKeysOrWithAShortOne() {
        var missing = assertThrows(IllegalArgumentException.class, () -> ApiConfig.fromEnvironment(Map.of(), false));
        var tooShort = assertThrows(IllegalArgumentException.class, () -> ApiConfig.fromEnvironment(
                Map.of("HARU_JWT_KEYS", "k1:" + Base64.getEncoder().encodeToString("short".getBytes())), false));

        assertTrue(missing.getMessage().contains("HARU_JWT_KEYS is required"), missing.getMessage());
        assertTrue(tooShort.getMessage().contains("shorter than 32 bytes"), tooShort.getMessage());
    }

    @Test
    void keysRotateByNamingTheSigningOneAmongSeveral() {
        String old = "old:" + Base64.getEncoder().encodeToString("an-old-key-that-is-32-bytes-long".getBytes());
        ApiConfig config = ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS + "," + old, "HARU_JWT_SIGNING_KEY_ID", "old", "HARU_PUSH", "log"), false);

        assertEquals("old", config.identity().accessTokens().signingKeyId());
        assertEquals(java.util.Set.of("k1", "old"), config.identity().accessTokens().keys().keySet());
    }

    @Test
    void aLogFormatLogbackHasNoAppenderForIsABadSettingNotASilentProcess() {
        ApiConfig.fromEnvironment(Map.of("HARU_LOG_FORMAT", "json"), true);

        var failure = assertThrows(IllegalArgumentException.class, () -> ApiConfig.fromEnvironment(Map.of("HARU_LOG_FORMAT", "logfmt"), true));

        assertTrue(failure.getMessage().contains("HARU_LOG_FORMAT must be one of text, json"), failure.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ApiConfig.databaseFromEnvironment(Map.of("HARU_LOG_FORMAT", "xml")));
    }

    @Test
    void theEmbeddedRunNeedsNoSettingAtAll() {
        ApiConfig config = ApiConfig.fromEnvironment(Map.of(), true);

        assertEquals(8080, config.port());
        assertTrue(config.database().jdbcUrl().startsWith("jdbc:h2:file:"));
        assertTrue(config.dataDir().endsWith(".haru-data"));
        assertEquals(List.of("http://localhost:8080", "http://127.0.0.1:8080"), config.web().webOrigins());
        assertEquals(1_048_576, config.web().maxRequestBytes());
        assertTrue(config.web().apiReference(), "dev serves the reference page at /docs");
        assertTrue(config.web().webClient(), "dev serves the web client at /");
        assertEquals(Duration.ofMillis(1500), config.readiness().cacheFor());
        assertEquals(Duration.ofMillis(250), ApiConfig.fromEnvironment(Map.of("HARU_READINESS_CACHE_MS", "250"), true).readiness().cacheFor());
    }

    @Test
    void productionReadsItsDatabaseBrokerAndStoreFromTheEnvironment() {
        ApiConfig config = ApiConfig.fromEnvironment(Map.of(
                "PORT", "9000",
                "HARU_DB_URL", "jdbc:mysql://db.internal:3306/haru",
                "HARU_RABBITMQ_URI", "amqp://haru:secret@mq.internal:5672/haru",
                "HARU_S3_ENDPOINT", "http://minio.internal:9000",
                "HARU_S3_BUCKET", "diaries",
                "HARU_WEB_ORIGINS", "https://app.harufilm.com, https://harufilm.com",
                "HARU_JWT_KEYS", KEYS,
                "HARU_PUSH", "log"), false);

        assertEquals(9000, config.port());
        assertEquals("jdbc:mysql://db.internal:3306/haru", config.database().jdbcUrl());
        assertEquals(URI.create("amqp://haru:secret@mq.internal:5672/haru"), config.broker().uri());
        assertEquals("diaries", config.objectStore().bucket());
        assertTrue(config.objectStore().pathStyle());
        assertEquals(List.of("https://app.harufilm.com", "https://harufilm.com"), config.web().webOrigins());
        assertFalse(config.web().apiReference(), "an api serves /openapi.json but no reference page unless HARU_API_REFERENCE says so");
        assertFalse(config.web().webClient(), "an api serves no web client unless HARU_WEB_ENABLED says so");
        assertTrue(ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS, "HARU_PUSH", "log", "HARU_WEB_ENABLED", "true"), false).web().webClient());
    }

    @Test
    void theAuthAndSharePagesHaveRateLimitsOfTheirOwn() {
        ApiConfig defaults = ApiConfig.fromEnvironment(Map.of(), true);
        ApiConfig configured = ApiConfig.fromEnvironment(Map.of("HARU_AUTH_RATE_LIMIT_PER_MINUTE", "10", "HARU_SHARE_RATE_LIMIT_PER_MINUTE", "30"),
                true);

        assertEquals(60, defaults.web().authRequestsPerMinute());
        assertEquals(120, defaults.web().shareRequestsPerMinute(), "a page, its playlists and thumbnail are about five requests a view");
        assertEquals(10, configured.web().authRequestsPerMinute());
        assertEquals(30, configured.web().shareRequestsPerMinute());
        assertThrows(IllegalArgumentException.class, () -> ApiConfig.fromEnvironment(Map.of("HARU_SHARE_RATE_LIMIT_PER_MINUTE", "0"), true));
    }

    @Test
    void aSlowClientsAllowanceAndTheShutdownGraceAreSettingsWithDefaults() {
        ApiConfig defaults = ApiConfig.fromEnvironment(Map.of(), true);
        ApiConfig configured = ApiConfig.fromEnvironment(Map.of("HARU_HTTP_IDLE_TIMEOUT_MS", "5000", "HARU_SHUTDOWN_GRACE_MS", "8000"), true);
        var bad = assertThrows(IllegalArgumentException.class, () -> ApiConfig.fromEnvironment(
                Map.of("HARU_HTTP_IDLE_TIMEOUT_MS", "0", "HARU_SHUTDOWN_GRACE_MS", "later"), true));

        assertEquals(Duration.ofSeconds(30), defaults.web().idleTimeout());
        assertEquals(Duration.ofSeconds(20), defaults.web().shutdownGrace());
        assertEquals(Duration.ofSeconds(5), configured.web().idleTimeout());
        assertEquals(Duration.ofSeconds(8), configured.web().shutdownGrace());
        assertTrue(bad.getMessage().contains("HARU_HTTP_IDLE_TIMEOUT_MS") && bad.getMessage().contains("HARU_SHUTDOWN_GRACE_MS"),
                bad.getMessage());
    }

    @Test
    void whatOneUserMayHoldIsBoundedByDefaultAndConfigurable() {
        ApiConfig defaults = ApiConfig.fromEnvironment(Map.of(), true);
        ApiConfig configured = ApiConfig.fromEnvironment(Map.of(
                "HARU_UPLOAD_MAX_OPEN_SESSIONS", "5", "HARU_MAX_TIMESTAMPS_PER_VIDEO", "20"), true);

        assertEquals(3, defaults.uploads().maxOpenSessions());
        assertEquals(100, defaults.uploads().maxTimestampsPerVideo());
        assertEquals(5, configured.uploads().maxOpenSessions());
        assertEquals(20, configured.uploads().maxTimestampsPerVideo());
        assertThrows(IllegalArgumentException.class, () -> ApiConfig.fromEnvironment(Map.of("HARU_UPLOAD_MAX_OPEN_SESSIONS", "0"), true));
    }

    @Test
    void poisonVideoLimitsHaveDefaultsAndComeFromTheEnvironment() {
        ApiConfig defaults = ApiConfig.fromEnvironment(Map.of(), true);
        ApiConfig set = ApiConfig.fromEnvironment(Map.of("HARU_ENCODE_MAX_ATTEMPTS", "5", "HARU_MAX_VIDEO_PIXELS", "8294400",
                "HARU_MAX_VIDEO_FPS", "120", "HARU_ENCODE_TIMEOUT_MINUTES", "25"), true);

        assertEquals(3, defaults.encoding().maxEncodeAttempts());
        assertEquals(7680L * 4320, defaults.media().maxPixels());
        assertEquals(240, defaults.media().maxFrameRate());
        assertEquals(java.time.Duration.ofMinutes(20), defaults.media().maxEncodeTimeout());
        assertEquals(List.of(5, 8_294_400L, 120, java.time.Duration.ofMinutes(25)), List.of(set.encoding().maxEncodeAttempts(),
                set.media().maxPixels(), set.media().maxFrameRate(), set.media().maxEncodeTimeout()));
    }

    @Test
    void anEncodeTimeoutPastRabbitMqsConsumerTimeoutOrNoAttemptAtAllIsRefused() {
        var failure = assertThrows(IllegalArgumentException.class, () -> ApiConfig.fromEnvironment(Map.of(
                "HARU_ENCODE_TIMEOUT_MINUTES", "30", "HARU_ENCODE_MAX_ATTEMPTS", "0"), true));

        assertTrue(failure.getMessage().contains("HARU_ENCODE_TIMEOUT_MINUTES must be between 1 and 25"), failure.getMessage());
        assertTrue(failure.getMessage().contains("HARU_ENCODE_MAX_ATTEMPTS must be between 1 and 100"), failure.getMessage());
    }

    @Test
    void everyBadVariableIsNamedInOneMessage() {
        var failure = assertThrows(IllegalArgumentException.class, () -> ApiConfig.fromEnvironment(Map.of(
                "PORT", "eighty",
                "HARU_DB_POOL_SIZE", "0",
                "HARU_DB_MIGRATE_ON_START", "maybe"), false));

        assertTrue(failure.getMessage().contains("PORT must be a whole number, got 'eighty'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("HARU_DB_POOL_SIZE must be between 1 and 200"), failure.getMessage());
        assertTrue(failure.getMessage().contains("HARU_DB_MIGRATE_ON_START must be true or false"), failure.getMessage());
    }

    @Test
    void secretsStayOutOfTheSettingsThatGetLogged() {
        ApiConfig config = ApiConfig.fromEnvironment(Map.of(
                "HARU_DB_PASSWORD", "hunter2", "HARU_S3_SECRET_ACCESS_KEY", "s3cr3t",
                "HARU_RABBITMQ_URI", "amqp://haru:mqpass@mq:5672/%2F", "HARU_JWT_KEYS", KEYS,
                "HARU_GOOGLE_CLIENT_ID", "web.apps", "HARU_GOOGLE_CLIENT_SECRET", "g00gle", "HARU_PUSH", "log"), false);

        String printed = config.toString();
        for (String secret : new String[] {"hunter2", "s3cr3t", "mqpass", "g00gle", KEYS.substring(3)}) {
            assertTrue(!printed.contains(secret), secret + " in " + printed);
        }
    }

    @Test
    void devLoginInAnApiNeedsTheSecondVariableThatSaysThisIsNotProduction() {
        var refused = assertThrows(IllegalArgumentException.class, () -> ApiConfig.fromEnvironment(
                Map.of("HARU_JWT_KEYS", KEYS, "HARU_PUSH", "log", "HARU_DEV_LOGIN", "true"), false));
        ApiConfig test = ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS, "HARU_PUSH", "log", "HARU_DEV_LOGIN", "true",
                SafetySwitches.NOT_PRODUCTION, "true"), false);

        assertTrue(refused.getMessage().contains("HARU_DEV_LOGIN signs anyone in by email alone"), refused.getMessage());
        assertTrue(refused.getMessage().contains(SafetySwitches.NOT_PRODUCTION + "=true"), refused.getMessage());
        assertTrue(test.web().devLoginEnabled());
        assertFalse(ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS, "HARU_PUSH", "log"), false).web().devLoginEnabled());
        assertTrue(ApiConfig.fromEnvironment(Map.of(), true).web().devLoginEnabled(), "the embedded run keeps it");
    }

    @Test
    void anApiWithoutFcmRefusesToStartUnlessPushesAreLoggedOnPurpose() {
        var noFcm = assertThrows(IllegalArgumentException.class, () -> ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS), false));
        var both = assertThrows(IllegalArgumentException.class, () -> ApiConfig.fromEnvironment(
                Map.of("HARU_JWT_KEYS", KEYS, "HARU_PUSH", "log", "HARU_FCM_SERVICE_ACCOUNT", "/etc/haru/fcm.json"), false));
        var unknown = assertThrows(IllegalArgumentException.class, () -> ApiConfig.fromEnvironment(
                Map.of("HARU_JWT_KEYS", KEYS, "HARU_PUSH", "carrier-pigeon"), false));

        assertTrue(noFcm.getMessage().contains("HARU_FCM_SERVICE_ACCOUNT is required"), noFcm.getMessage());
        assertTrue(noFcm.getMessage().contains("HARU_PUSH=log"), noFcm.getMessage());
        assertTrue(both.getMessage().contains("choose one"), both.getMessage());
        assertTrue(unknown.getMessage().contains("HARU_PUSH must be fcm or log"), unknown.getMessage());
        assertTrue(ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS, "HARU_PUSH", "log"), false).fcm().isEmpty());
        assertTrue(ApiConfig.fromEnvironment(Map.of(), true).fcm().isEmpty(), "the embedded run logs pushes by itself");
    }

    @Test
    void fcmGetsConnectAndReadTimeouts() {
        ApiConfig fcm = ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS, "HARU_FCM_SERVICE_ACCOUNT", "/etc/haru/fcm.json"), false);
        ApiConfig faster = ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS, "HARU_FCM_SERVICE_ACCOUNT", "/etc/haru/fcm.json",
                "HARU_FCM_TIMEOUT_MS", "2500"), false);

        assertEquals(Duration.ofSeconds(10), fcm.fcm().orElseThrow().timeout());
        assertEquals(Duration.ofMillis(2500), faster.fcm().orElseThrow().timeout());
    }

    @Test
    void fcmGoesToGoogleUnlessAStandInUrlIsGiven() {
        ApiConfig google = ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS, "HARU_FCM_SERVICE_ACCOUNT", "/etc/haru/fcm.json"), false);
        ApiConfig standIn = ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS, "HARU_FCM_SERVICE_ACCOUNT", "/etc/haru/fcm.json",
                "HARU_FCM_URL", "http://127.0.0.1:9099"), false);
        var bad = assertThrows(IllegalArgumentException.class, () -> ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS,
                "HARU_FCM_SERVICE_ACCOUNT", "/etc/haru/fcm.json", "HARU_FCM_URL", "not a url"), false));

        assertNull(google.fcm().orElseThrow().transport());
        assertNotNull(standIn.fcm().orElseThrow().transport());
        assertTrue(bad.getMessage().contains("HARU_FCM_URL"), bad.getMessage());
    }

    @Test
    void forwardedForIsReadBehindOneProxyByDefaultOrAsManyAsConfigured() {
        assertEquals(0, ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS, "HARU_PUSH", "log"), false).web().trustedProxyHops());
        assertEquals(1, ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS, "HARU_PUSH", "log",
                "HARU_TRUST_FORWARDED_FOR", "true"), false).web().trustedProxyHops());
        assertEquals(2, ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS, "HARU_PUSH", "log",
                "HARU_TRUST_FORWARDED_FOR", "true", "HARU_TRUSTED_PROXY_HOPS", "2"), false).web().trustedProxyHops());
        var hopsAlone = assertThrows(IllegalArgumentException.class, () -> ApiConfig.fromEnvironment(
                Map.of("HARU_JWT_KEYS", KEYS, "HARU_PUSH", "log", "HARU_TRUSTED_PROXY_HOPS", "2"), false));

        assertTrue(hopsAlone.getMessage().contains("HARU_TRUSTED_PROXY_HOPS needs HARU_TRUST_FORWARDED_FOR=true"), hopsAlone.getMessage());
    }

    @Test
    void theDatabaseDriverGetsConnectAndSocketTimeouts() {
        ApiConfig defaults = ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS, "HARU_PUSH", "log"), false);
        ApiConfig set = ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS, "HARU_PUSH", "log",
                "HARU_DB_CONNECT_TIMEOUT_MS", "1500", "HARU_DB_SOCKET_TIMEOUT_MS", "0"), false);

        assertEquals(Duration.ofSeconds(5), defaults.database().connectTimeout());
        assertEquals(Duration.ofSeconds(30), defaults.database().socketTimeout());
        assertEquals(Duration.ofMillis(1500), set.database().connectTimeout());
        assertEquals(Duration.ZERO, set.database().socketTimeout(), "0: no limit, for a long migration");
    }
}
