package com.harufilm.adapters.media.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.port.out.PushSender.Outcome;
import com.harufilm.application.port.out.PushSender.PushMessage;
import com.harufilm.application.port.out.PushSender.PushResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeteredPushSenderTest {

    @TempDir
    Path dir;

    @Test
    void eachMessageIsCountedByItsOutcome() {
        var registry = new SimpleMeterRegistry();
        var sender = new MeteredPushSender(messages -> messages.stream()
                .map(m -> new PushResult(m.token(), m.token().startsWith("stale") ? Outcome.INVALID_TOKEN : Outcome.SENT))
                .toList(), registry);

        List<PushResult> results = sender.send(List.of(message("a"), message("stale-1"), message("b"), message("stale-2")));

        assertEquals(4, results.size());
        assertEquals(2.0, registry.get("haru.push.messages").tag("outcome", "sent").counter().count());
        assertEquals(2.0, registry.get("haru.push.messages").tag("outcome", "invalid_token").counter().count());
        assertEquals(0.0, registry.get("haru.push.messages").tag("outcome", "failed").counter().count());
    }

    @Test
    void pushesTheLogSenderWroteCountAsLoggedNotSent() {
        var registry = new SimpleMeterRegistry();
        var sender = new MeteredPushSender(new JsonLinesPushSender(dir.resolve("outbox.jsonl"), Clock.systemUTC()), registry);

        sender.send(List.of(message("a"), message("b")));

        assertEquals(2.0, registry.get("haru.push.messages").tag("outcome", "logged").counter().count());
        assertEquals(0.0, registry.get("haru.push.messages").tag("outcome", "sent").counter().count());
    }

    private static PushMessage message(String token) {
        return new PushMessage(token, "title", "body", Map.of("type", "DAILY_REMINDER"), null);
    }
}
