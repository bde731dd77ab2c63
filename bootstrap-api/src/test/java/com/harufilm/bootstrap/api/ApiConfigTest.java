package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiConfigTest {

    @Test
    void theEmbeddedRunNeedsNoSettingAtAll() {
        ApiConfig config = ApiConfig.fromEnvironment(Map.of(), true);

        assertEquals(8080, config.port());
        assertTrue(config.database().jdbcUrl().startsWith("jdbc:h2:file:"));
        assertTrue(config.dataDir().endsWith(".haru-data"));
        assertEquals(List.of("http://localhost:8080", "http://127.0.0.1:8080"), config.web().webOrigins());
        assertEquals(1_048_576, config.web().maxRequestBytes());
    }

    @Test
    void productionReadsItsDatabaseBrokerAndStoreFromTheEnvironment() {
        ApiConfig config = ApiConfig.fromEnvironment(Map.of(
                "PORT", "9000",
                "HARU_DB_URL", "jdbc:mysql://db.internal:3306/haru",
                "HARU_RABBITMQ_URI", "amqp://haru:secret@mq.internal:5672/haru",
                "HARU_S3_ENDPOINT", "http://minio.internal:9000",
                "HARU_S3_BUCKET", "diaries",
                "HARU_WEB_ORIGINS", "https://app.harufilm.com, https://harufilm.com"), false);

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
                "HARU_RABBITMQ_URI", "amqp://haru:mqpass@mq:5672/%2F"), false);

        String printed = config.database() + " " + config.objectStore() + " " + config.broker();
        assertTrue(!printed.contains("hunter2") && !printed.contains("s3cr3t") && !printed.contains("mqpass"), printed);
    }
}
