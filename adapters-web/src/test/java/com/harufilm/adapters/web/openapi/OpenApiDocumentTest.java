package com.harufilm.adapters.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.domain.error.ErrorCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The packed document itself: OpenAPI 3.1, every error code the server knows, examples that match their schemas. */
class OpenApiDocumentTest {

    private final JsonNode document = OpenApiDocument.read();

    @Test
    void theJarCarriesAnOpenApi31Document() {
        assertTrue(document.path("openapi").asText().startsWith("3.1."), document.path("openapi").asText());
        assertEquals(document, parse(OpenApiDocument.json()), "/openapi.json is the YAML, converted");
    }

    @Test
    void everyCodeTheServerCanAnswerIsInTheDocumentsEnum() {
        Set<String> documented = new HashSet<>();
        document.at("/components/schemas/ErrorCode/enum").forEach(code -> documented.add(code.asText()));

        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(documented.contains(code.name()), code + " is missing from components.schemas.ErrorCode");
        }
    }

    @Test
    void everyExampleMatchesItsSchema() {
        DocumentSchemas schemas = new DocumentSchemas(document);
        List<String> wrong = new ArrayList<>();
        int examples = collect(document, "", schemas, wrong);

        assertTrue(examples > 20, "found only " + examples + " examples");
        assertEquals(List.of(), wrong);
    }

    /** Walks the document for media types with a schema and an example; answers how many it checked. */
    private static int collect(JsonNode node, String pointer, DocumentSchemas schemas, List<String> wrong) {
        int checked = 0;
        if (node.has("schema") && node.has("example") && pointer.contains("/content/")) {
            schemas.validate(node.get("schema"), node.get("example").toString()).forEach(error -> wrong.add(pointer + ": " + error));
            checked++;
        }
        for (var member : node.properties()) {
            checked += collect(member.getValue(), pointer + "/" + member.getKey(), schemas, wrong);
        }
        return checked;
    }

    private static JsonNode parse(byte[] json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
