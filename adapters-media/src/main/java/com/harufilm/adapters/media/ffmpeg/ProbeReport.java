package com.harufilm.adapters.media.ffmpeg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.harufilm.domain.error.InvalidVideoFormat;
import com.harufilm.domain.video.DynamicRange;
import com.harufilm.domain.video.MediaInfo;
import com.harufilm.domain.video.StreamFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.stream.StreamSupport;

/** Reads ffprobe's JSON ({@code -show_streams -show_format}) into what the core needs, rejecting what we cannot take. */
final class ProbeReport {

    /** Variable frame rates average a little above what the phone shows. */
    private static final double FRAME_RATE_SLACK = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProbeReport() {
    }

    /**
     * {@code rotation} in the result is clockwise degrees, 0/90/180/270; width and height are as
     * displayed. {@code measuredDuration} is asked only when neither the container nor the video
     * stream states a duration.
     */
    static MediaInfo read(String json, MediaSettings limits, DoubleSupplier measuredDuration) {
        JsonNode root = parse(json);
        JsonNode streams = root.path("streams");
        JsonNode video = StreamSupport.stream(streams.spliterator(), false)
                .filter(s -> "video".equals(s.path("codec_type").asText()))
                // Cover art in an audio file is a one-picture "video" stream; it is not a video.
                .filter(s -> s.path("disposition").path("attached_pic").asInt() == 0)
                .findFirst()
                .orElseThrow(() -> new InvalidVideoFormat(FfmpegFailures.NOT_A_VIDEO));
        int width = video.path("width").asInt();
        int height = video.path("height").asInt();
        double stated = duration(root.path("format"), video);
        double duration = stated > 0 || width <= 0 || height <= 0 ? stated : measuredDuration.getAsDouble();
        if (duration <= 0 || width <= 0 || height <= 0) {
            throw new InvalidVideoFormat(FfmpegFailures.NOT_A_VIDEO);
        }
        if (duration > limits.acceptedSeconds()) {
            throw new InvalidVideoFormat("Videos can be at most " + spoken(limits.maxDuration()) + ".");
        }
        // Checked before any decoding: one huge frame or thousands of frames a second would hold a worker for long.
        if ((long) width * height > limits.maxPixels()) {
            throw new InvalidVideoFormat(String.format(Locale.ROOT,
                    "This video's picture is too large: we take at most %,d pixels a frame (8K is 7680x4320).", limits.maxPixels()));
        }
        if (frameRate(video) > limits.maxFrameRate() + FRAME_RATE_SLACK) {
            throw new InvalidVideoFormat("This video's frame rate is too high: we take at most " + limits.maxFrameRate()
                    + " frames a second.");
        }
        int rotation = clockwiseRotation(video);
        boolean sideways = rotation == 90 || rotation == 270;
        JsonNode audio = StreamSupport.stream(streams.spliterator(), false)
                .filter(s -> "audio".equals(s.path("codec_type").asText()))
                .findFirst().orElse(MissingNode.getInstance());
        return new MediaInfo(duration, sideways ? height : width, sideways ? width : height, rotation, !audio.isMissingNode(),
                format(video, audio, root.path("format")));
    }

    /** The stream's own bit rate, else the container's (MPEG-TS and Matroska often leave the stream's out). */
    private static StreamFormat format(JsonNode video, JsonNode audio, JsonNode container) {
        long bitRate = video.path("bit_rate").asLong(0);
        return new StreamFormat(video.path("codec_name").asText(""), video.path("profile").asText(""),
                video.path("pix_fmt").asText(""), video.path("level").asInt(0),
                bitRate > 0 ? bitRate : container.path("bit_rate").asLong(0),
                audio.path("codec_name").asText(""), dynamicRange(video.path("color_transfer").asText("")));
    }

    /** By the transfer function alone: HLG and PQ are HDR whatever the primaries and bit depth say. */
    private static DynamicRange dynamicRange(String transfer) {
        return switch (transfer) {
            case "arib-std-b67" -> DynamicRange.HLG;
            case "smpte2084" -> DynamicRange.PQ;
            default -> DynamicRange.SDR;
        };
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidVideoFormat(FfmpegFailures.NOT_A_VIDEO);
        }
    }

    /** The container's duration, else the video stream's; streamed recordings state neither. */
    private static double duration(JsonNode format, JsonNode video) {
        double container = format.path("duration").asDouble(0);
        return container > 0 ? container : video.path("duration").asDouble(0);
    }

    /** Frames a second on average, else the stream's base rate; 0 when ffprobe knows neither. */
    private static double frameRate(JsonNode video) {
        double average = ratio(video.path("avg_frame_rate").asText(""));
        return average > 0 ? average : ratio(video.path("r_frame_rate").asText(""));
    }

    /** ffprobe writes rates as "30000/1001"; "0/0" means unknown. */
    private static double ratio(String fraction) {
        String[] parts = fraction.split("/");
        try {
            double numerator = Double.parseDouble(parts[0]);
            double denominator = parts.length > 1 ? Double.parseDouble(parts[1]) : 1;
            return denominator > 0 && numerator > 0 ? numerator / denominator : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The display matrix's rotation (ffprobe prints it counter-clockwise, e.g. -90 for an upright
     * iPhone clip), else the legacy {@code rotate} tag older muxers wrote (clockwise).
     */
    private static int clockwiseRotation(JsonNode video) {
        for (JsonNode sideData : video.path("side_data_list")) {
            if (sideData.has("rotation")) {
                return normalised(-(int) Math.round(sideData.path("rotation").asDouble()));
            }
        }
        return normalised(video.path("tags").path("rotate").asInt(0));
    }

    private static int normalised(int degrees) {
        int quarterTurns = Math.round(degrees / 90f);
        return Math.floorMod(quarterTurns * 90, 360);
    }

    private static String spoken(Duration limit) {
        long seconds = limit.toSeconds();
        if (seconds >= 60 && seconds % 60 == 0) {
            return seconds == 60 ? "1 minute" : seconds / 60 + " minutes";
        }
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }
}
