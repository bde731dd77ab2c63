package com.harufilm.adapters.media.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.application.port.out.PushSender.Outcome;
import com.harufilm.application.port.out.PushSender.PushMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class JsonLinesPushSenderTest {

    @TempDir
    Path dir;

    @Test
    void eachMessageIsOneJsonLineWithTheContractsMembers() throws Exception {
        Path outbox = dir.resolve("push-outbox.jsonl");
        var sender = new JsonLinesPushSender(outbox, Clock.fixed(Instant.parse("2026-11-28T11:00:00Z"), ZoneOffset.UTC));

        var results = sender.send(List.of(
                new PushMessage("t1", "오늘의 영상이 준비됐어요", "지금 바로 볼 수 있어요.", Map.of("type", "ENCODING_COMPLETED"), "k")));
        sender.send(List.of(new PushMessage("t2", "title", "body", Map.of("type", "UPLOAD_EXPIRED"), null)));

        assertEquals(Outcome.LOGGED, results.getFirst().outcome(), "logged is not sent: no phone got it");
        List<String> lines = Files.readAllLines(outbox);
        assertEquals(2, lines.size());
        var first = new ObjectMapper().readTree(lines.getFirst());
        assertEquals("t1", first.get("token").asText());
        assertEquals("오늘의 영상이 준비됐어요", first.get("title").asText());
        assertEquals("ENCODING_COMPLETED", first.get("data").get("type").asText());
        assertEquals("2026-11-28T11:00:00Z", first.get("sentAt").asText());
    }

    @Test
    void theLogNamesATokenByAShortHashNeverWhole() {
        String token = "fcm-token-" + "x".repeat(140);
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        var logger = (Logger) LoggerFactory.getLogger(JsonLinesPushSender.class);
        logger.addAppender(logged);
        try {
            new JsonLinesPushSender(dir.resolve("outbox.jsonl"), Clock.systemUTC())
                    .send(List.of(new PushMessage(token, "title", "body", Map.of("type", "DAILY_REMINDER"), null)));
        } finally {
            logger.detachAppender(logged);
        }

        String line = logged.list.getFirst().getFormattedMessage();
        assertFalse(line.contains("fcm-token-"), line);
        assertTrue(line.contains("token=" + TokenHash.of(token)), line);
        assertEquals(8, TokenHash.of(token).length());
    }
}
