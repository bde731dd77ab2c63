package com.harufilm.adapters.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.harufilm.domain.error.DomainException;
import com.harufilm.domain.error.InvalidRequest;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one way routes read a JSON body. The bytes are read as JSON's own encoding (UTF-8),
 * whatever charset the Content-Type names; the body must be one JSON object; a member of the
 * wrong shape is named; no string is longer than {@link TextLimits} allows. Every refusal is a
 * 400 {@code INVALID_REQUEST} in the client's terms.
 */
public final class JsonBody {

    // Thread-safe once configured; the same rules as the mapper that writes responses.
    private static final ObjectMapper JSON = JsonMapping.create();

    private JsonBody() {
    }

    /** The body as a record of nullable members; commands validate the values. */
    public static <T> T read(Context ctx, Class<T> type) {
        ObjectNode body = object(ctx);
        try {
            return JSON.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw refusal(e);
        }
    }

    /** The body as a JSON object, for routes that read its members one by one. */
    public static ObjectNode object(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        JsonNode tree;
        try {
            tree = bytes.length == 0 ? null : JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw refusal(e);
        } catch (IOException e) {
            throw new InvalidRequest(null, "the request body is not valid UTF-8 JSON");
        }
        if (tree instanceof ObjectNode object) {
            TextLimits.check(object);
            return object;
        }
        throw new InvalidRequest(null, "the request body must be a JSON object, not " + kind(tree));
    }

    private static String kind(@Nullable JsonNode tree) {
        if (tree == null || tree.isMissingNode()) {
            return "empty";
        }
        return switch (tree.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + tree.getNodeType().name().toLowerCase();
        };
    }

    /** A command record that rejects its input inside Jackson keeps its own error. */
    private static RuntimeException refusal(JsonProcessingException json) {
        for (Throwable cause = json; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain;
            }
        }
        return new InvalidRequest(null, describe(json));
    }

    /** Names the member at fault in the client's terms, never Jackson's or Java's. */
    private static String describe(JsonProcessingException json) {
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (json instanceof InvalidFormatException || json instanceof MismatchedInputException) {
                return "field '" + field + "' has the wrong type or format";
            }
            return "field '" + field + "' is invalid";
        }
        if (json instanceof StreamConstraintsException) {
            return "the request body nests too deeply or holds a value too long";
        }
        return "the request body is not valid UTF-8 JSON";
    }
}
