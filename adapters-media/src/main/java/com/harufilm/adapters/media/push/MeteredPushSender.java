package com.harufilm.adapters.media.push;

import com.harufilm.application.port.out.PushSender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts what became of each push, whichever sender sends it, so operators see on /metrics
 * (haru_push_messages_total by outcome) when FCM starts refusing or tokens go stale in bulk.
 */
public final class MeteredPushSender implements PushSender {

    private final PushSender sender;
    private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);

    public MeteredPushSender(PushSender sender, MeterRegistry registry) {
        this.sender = sender;
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, Counter.builder("haru.push.messages")
                    .description("Push messages by what became of them")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    @Override
    public List<PushResult> send(List<PushMessage> messages) {
        List<PushResult> results = sender.send(messages);
        results.forEach(result -> outcomes.get(result.outcome()).increment());
        return results;
    }
}
