package com.harufilm.adapters.media.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.application.port.out.PushSender;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push service of the embedded run (or of an API started with HARU_PUSH=log): every message
 * goes to the log and, as one JSON line {"token","title","body","data","sentAt"}, to a file a
 * developer (or a test) can read. Messages count as LOGGED: nobody's phone got them. The log line
 * names a token by a short hash only; the file keeps it whole, being the developer's own local
 * outbox whose readers (the end-to-end tests) match it against the devices they registered.
 */
public final class JsonLinesPushSender implements PushSender {

    private static final Logger log = LoggerFactory.getLogger(JsonLinesPushSender.class);

    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public JsonLinesPushSender(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    @Override
    public synchronized List<PushResult> send(List<PushMessage> messages) {
        StringBuilder lines = new StringBuilder();
        for (PushMessage message : messages) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("token", message.token());
            line.put("title", message.title());
            line.put("body", message.body());
            line.put("data", message.data());
            line.put("sentAt", clock.instant().toString());
            try {
                lines.append(json.writeValueAsString(line)).append('\n');
            } catch (IOException e) {
                throw new DependencyFailure(ErrorCode.FCM_SEND_FAILED, "could not write a push message", e);
            }
            // The type, not the whole data: question texts span lines, and the outbox file has it all.
            log.info("push token={} type={} title={}", TokenHash.of(message.token()), message.data().get("type"), message.title());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new DependencyFailure(ErrorCode.FCM_SEND_FAILED, "could not append to " + file, e);
        }
        return messages.stream().map(message -> new PushResult(message.token(), Outcome.LOGGED)).toList();
    }
}
