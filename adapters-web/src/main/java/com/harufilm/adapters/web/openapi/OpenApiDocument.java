package com.harufilm.adapters.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * docs/openapi.yaml as the build packs it into this jar: the one source of the document the API
 * serves and the tests check every exchange against.
 */
public final class OpenApiDocument {

    private static final String RESOURCE = "/com/harufilm/adapters/web/openapi/openapi.yaml";

    private OpenApiDocument() {
    }

    /** The document as a JSON tree. */
    public static JsonNode read() {
        try (InputStream yaml = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (yaml == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath; the build copies it from docs/openapi.yaml");
            }
            return new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The document as the JSON bytes of /openapi.json. */
    static byte[] json() {
        try {
            return new ObjectMapper().writeValueAsBytes(read());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the OpenAPI document as JSON", e);
        }
    }
}
