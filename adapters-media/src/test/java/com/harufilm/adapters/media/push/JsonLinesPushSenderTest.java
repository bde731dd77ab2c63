package com.harufilm.adapters.media.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

        assertEquals(Outcome.SENT, results.getFirst().outcome());
        List<String> lines = Files.readAllLines(outbox);
        assertEquals(2, lines.size());
        var first = new ObjectMapper().readTree(lines.getFirst());
        assertEquals("t1", first.get("token").asText());
        assertEquals("오늘의 영상이 준비됐어요", first.get("title").asText());
        assertEquals("ENCODING_COMPLETED", first.get("data").get("type").asText());
        assertEquals("2026-11-28T11:00:00Z", first.get("sentAt").asText());
    }
}
