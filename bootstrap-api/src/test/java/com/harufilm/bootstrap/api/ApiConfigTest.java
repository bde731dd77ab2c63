package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        ApiConfig config = ApiConfig.fromEnvironment(Map.of("HARU_JWT_KEYS", KEYS + "," + old, "HARU_JWT_SIGNING_KEY_ID", "old"), false);

        assertEquals("old", config.identity().accessTokens().signingKeyId());
        assertEquals(java.util.Set.of("k1", "old"), config.identity().accessTokens().keys().keySet());
    }

    @Test
    void theEmbeddedRunNeedsNoSettingAtAll() {
        ApiConfig config = ApiConfig.fromEnvironment(Map.of(), true);

        assertEquals(8080, config.port());
        assertTrue(config.database().jdbcUrl().startsWith("jdbc:h2:file:"));
        assertTrue(config.dataDir().endsWith(".haru-data"));
        assertEquals(List.of("http://localhost:8080", "http://127.0.0.1:8080"), config.web().webOrigins());
        assertEquals(1_048_576, config.web().maxRequestBytes());
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
                "HARU_JWT_KEYS", KEYS), false);

        assertEquals(9000, config.port());
        assertEquals("jdbc:mysql://db.internal:3306/haru", config.database().jdbcUrl());
        assertEquals(URI.create("amqp://haru:secret@mq.internal:5672/haru"), config.broker().uri());
        assertEquals("diaries", config.objectStore().bucket());
        assertTrue(config.objectStore().pathStyle());
        assertEquals(List.of("https://app.harufilm.com", "https://harufilm.com"), config.web().webOrigins());
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
                "HARU_GOOGLE_CLIENT_ID", "web.apps", "HARU_GOOGLE_CLIENT_SECRET", "g00gle"), false);

        String printed = config.toString();
        for (String secret : new String[] {"hunter2", "s3cr3t", "mqpass", "g00gle", KEYS.substring(3)}) {
            assertTrue(!printed.contains(secret), secret + " in " + printed);
        }
    }
}
