package com.harufilm.adapters.media.ffmpeg;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variants ffmpeg listed in master.m3u8. The encoder reports the BANDWIDTH written there, so
 * the database and the playlist agree, and refuses a master without RESOLUTION or CODECS (older
 * ffmpeg builds leave CODECS out, and players then guess).
 */
final class MasterPlaylist {

    private static final String STREAM_INF = "#EXT-X-STREAM-INF:";
    /** NAME=value or NAME="quoted, with commas". */
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Z0-9-]+)=(\"[^\"]*\"|[^,]*)");

    /** One #EXT-X-STREAM-INF entry; missing attributes are empty strings (bandwidth 0). */
    record Variant(String uri, int bandwidth, String resolution, String codecs) {
    }

    private final Map<String, Variant> byUri;

    private MasterPlaylist(Map<String, Variant> byUri) {
        this.byUri = byUri;
    }

    static MasterPlaylist parse(List<String> lines) {
        Map<String, Variant> variants = new HashMap<>();
        Map<String, String> pending = null;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith(STREAM_INF)) {
                pending = attributes(trimmed.substring(STREAM_INF.length()));
            } else if (pending != null && !trimmed.isEmpty() && !trimmed.startsWith("#")) {
                variants.put(trimmed, new Variant(trimmed, Integer.parseInt(pending.getOrDefault("BANDWIDTH", "0")),
                        pending.getOrDefault("RESOLUTION", ""), pending.getOrDefault("CODECS", "")));
                pending = null;
            }
        }
        return new MasterPlaylist(variants);
    }

    /** The video variant at {@code uri}, checked against the rung it should describe. */
    Variant videoVariant(String uri, Rung rung) {
        Variant variant = byUri.get(uri);
        if (variant == null || variant.bandwidth() <= 0 || !variant.codecs().contains("avc1")
                || !variant.resolution().equals(rung.width() + "x" + rung.height())) {
            throw new DependencyFailure(ErrorCode.VIDEO_ENCODING_FAILED,
                    "ffmpeg's master playlist lacks BANDWIDTH, RESOLUTION or CODECS for " + uri + ": " + variant, null);
        }
        return variant;
    }

    /** The BANDWIDTH ffmpeg measured for the variant at {@code uri}. */
    int bandwidthOf(String uri) {
        Variant variant = byUri.get(uri);
        if (variant == null || variant.bandwidth() <= 0) {
            throw new DependencyFailure(ErrorCode.VIDEO_ENCODING_FAILED, "ffmpeg's master playlist lacks BANDWIDTH for " + uri, null);
        }
        return variant.bandwidth();
    }

    private static Map<String, String> attributes(String list) {
        Map<String, String> attributes = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(list);
        while (m.find()) {
            attributes.put(m.group(1), m.group(2).replace("\"", ""));
        }
        return attributes;
    }
}
