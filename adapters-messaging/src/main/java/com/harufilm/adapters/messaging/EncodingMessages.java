package com.harufilm.adapters.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.harufilm.application.port.out.EncodingJobFormat;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.EncodingEvent;
import com.harufilm.domain.video.EncodingJob;
import com.harufilm.domain.video.Rendition;
import com.harufilm.domain.video.VideoId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The JSON shapes of encoding jobs and events on the wire (see this module's README), the only
 * definition of them: the outbox stores jobs as {@link EncodingJobFormat} encodes them here. Written
 * by hand rather than by data binding so a renamed domain field cannot silently change the contract.
 */
public final class EncodingMessages implements EncodingJobFormat {

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    public EncodingMessages() {
    }

    @Override
    public String jobTopic() {
        return Topics.ENCODING_REQUESTED;
    }

    @Override
    public String encode(EncodingJob job) {
        ObjectNode node = json.createObjectNode()
                .put("videoId", job.videoId().value())
                .put("userId", job.userId().value())
                .put("sourceKey", job.sourceKey())
                .put("outputPrefix", job.outputPrefix());
        return node.toString();
    }

    /** @throws MalformedMessage when the payload is not a job */
    public EncodingJob decodeJob(String payload) {
        JsonNode node = parse(payload);
        return decoding(payload, () -> new EncodingJob(new VideoId(integer(node, "videoId")),
                new UserId(integer(node, "userId")), text(node, "sourceKey"), text(node, "outputPrefix")));
    }

    public String encode(EncodingEvent event) {
        ObjectNode node = json.createObjectNode().put("videoId", event.videoId().value());
        switch (event) {
            case EncodingEvent.Started started -> node.put("type", "STARTED");
            case EncodingEvent.Progress progress -> node.put("type", "PROGRESS").put("progress", progress.fraction());
            case EncodingEvent.Playable playable -> node.put("type", "PLAYABLE").set("result", result(playable.firstCut()));
            case EncodingEvent.Completed completed -> {
                node.put("type", "COMPLETED").set("result", result(completed.result()));
                Duration workerTime = completed.workerTime();
                if (workerTime != null) {
                    node.put("workerMs", workerTime.toMillis());
                }
            }
            case EncodingEvent.Failed failed -> node.put("type", "FAILED").put("reason", failed.reason())
                    .put("outputPrefix", failed.outputPrefix());
            case EncodingEvent.Interrupted interrupted -> node.put("type", "INTERRUPTED");
        }
        return node.toString();
    }

    /** @throws MalformedMessage when the payload is not an event */
    public EncodingEvent decodeEvent(String payload) {
        JsonNode node = parse(payload);
        return decoding(payload, () -> {
            VideoId videoId = new VideoId(integer(node, "videoId"));
            return switch (text(node, "type")) {
                case "STARTED" -> new EncodingEvent.Started(videoId);
                case "PROGRESS" -> new EncodingEvent.Progress(videoId, number(node, "progress").doubleValue());
                case "PLAYABLE" -> new EncodingEvent.Playable(videoId, result(field(node, "result")));
                case "COMPLETED" -> new EncodingEvent.Completed(videoId, result(field(node, "result")),
                        node.hasNonNull("workerMs") ? Duration.ofMillis(integer(node, "workerMs")) : null);
                case "FAILED" -> new EncodingEvent.Failed(videoId, text(node, "reason"),
                        node.hasNonNull("outputPrefix") ? text(node, "outputPrefix") : null);
                case "INTERRUPTED" -> new EncodingEvent.Interrupted(videoId);
                default -> throw new MalformedMessage("unknown event type " + node.get("type"));
            };
        });
    }

    private ObjectNode result(EncodedVideo video) {
        ObjectNode node = json.createObjectNode()
                .put("durationSec", video.durationSec()).put("width", video.width()).put("height", video.height());
        var renditions = node.putArray("renditions");
        for (Rendition r : video.renditions()) {
            renditions.addObject().put("width", r.width()).put("height", r.height())
                    .put("bandwidth", r.bandwidth()).put("playlistKey", r.playlistKey());
        }
        return node;
    }

    private static EncodedVideo result(JsonNode node) {
        JsonNode array = field(node, "renditions");
        if (!array.isArray()) {
            throw new MalformedMessage("renditions is not an array");
        }
        List<Rendition> renditions = new ArrayList<>();
        for (JsonNode r : array) {
            renditions.add(new Rendition(Math.toIntExact(integer(r, "width")), Math.toIntExact(integer(r, "height")),
                    Math.toIntExact(integer(r, "bandwidth")), text(r, "playlistKey")));
        }
        return new EncodedVideo(number(node, "durationSec").doubleValue(), Math.toIntExact(integer(node, "width")),
                Math.toIntExact(integer(node, "height")), renditions);
    }

    private JsonNode parse(String payload) {
        try {
            JsonNode node = json.readTree(payload);
            if (node == null || !node.isObject()) {
                throw new MalformedMessage("not a JSON object: " + abbreviated(payload));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedMessage("not JSON: " + abbreviated(payload), e);
        }
    }

    /** Domain constructors reject bad values (a zero id) with IllegalArgumentException: that is a malformed message too. */
    private static <T> T decoding(String payload, Supplier<T> decoder) {
        try {
            return decoder.get();
        } catch (IllegalArgumentException | ArithmeticException | NullPointerException e) {
            throw new MalformedMessage("invalid message " + abbreviated(payload) + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new MalformedMessage("missing field " + name);
        }
        return value;
    }

    private static Number number(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isNumber()) {
            throw new MalformedMessage(name + " is not a number");
        }
        return value.numberValue();
    }

    private static long integer(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new MalformedMessage(name + " is not an integer");
        }
        return value.longValue();
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isTextual()) {
            throw new MalformedMessage(name + " is not a string");
        }
        return value.textValue();
    }

    private static String abbreviated(String payload) {
        return payload.length() <= 200 ? payload : payload.substring(0, 200) + "...";
    }
}
