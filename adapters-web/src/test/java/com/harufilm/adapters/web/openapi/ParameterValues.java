package com.harufilm.adapters.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Text from a path, a query or a header, read as the JSON value its schema describes, so the schema can judge it. */
final class ParameterValues {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private ParameterValues() {
    }

    /**
     * {@code text} as JSON of the schema's type: a number or boolean as itself when it reads as one
     * (else as a string, which the schema then refuses), an array from its comma-separated items
     * (OpenAPI's form style without explode), anything else as a string.
     */
    static String asJson(String text, JsonNode schema, UnaryOperator<JsonNode> resolve) {
        JsonNode resolved = resolve.apply(schema);
        return switch (resolved.path("type").asText("string")) {
            case "integer", "number" -> NUMBER.matcher(text).matches() ? text : quoted(text);
            case "boolean" -> text.equals("true") || text.equals("false") ? text : quoted(text);
            case "array" -> Arrays.stream(text.split(",", -1))
                    .map(item -> asJson(item, resolved.path("items"), resolve))
                    .collect(Collectors.joining(",", "[", "]"));
            default -> quoted(text);
        };
    }

    /** The query's parameters, decoded; the first value of each name. */
    static Map<String, String> query(@Nullable String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
            values.putIfAbsent(name, equals < 0 ? "" : decode(pair.substring(equals + 1), true));
        }
        return values;
    }

    /** A path segment, decoded (a '+' in a path is itself, not a space). */
    static String pathSegment(String raw) {
        return decode(raw, false);
    }

    private static String decode(String raw, boolean plusIsSpace) {
        try {
            return URLDecoder.decode(plusIsSpace ? raw : raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    private static String quoted(String text) {
        return TextNode.valueOf(text).toString();
    }
}
