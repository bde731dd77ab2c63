package com.harufilm.adapters.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The document's schemas as OpenAPI 3.1 reads them (JSON Schema 2020-12), each compiled once. */
final class DocumentSchemas {

    /** The document's id inside the registry; never fetched. */
    private static final String BASE = "https://harufilm.test/openapi.json";

    private final SchemaRegistry registry;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    DocumentSchemas(JsonNode document) {
        String absolute = absolute(document.toString());
        registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(BASE, absolute)));
    }

    /** What is wrong with {@code json} by {@code schema}, a schema object of the document; empty when nothing is. */
    List<String> validate(JsonNode schema, String json) {
        Schema compiledSchema = compiled.computeIfAbsent(absolute(schema.toString()), text -> registry.getSchema(text, InputFormat.JSON));
        return compiledSchema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    /** The document's own references made absolute, so a schema compiled on its own still finds them. */
    private static String absolute(String json) {
        return json.replace("\"$ref\":\"#/", "\"$ref\":\"" + BASE + "#/");
    }
}
