package com.harufilm.adapters.web.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.harufilm.adapters.web.openapi.Operations.Match;
import com.harufilm.adapters.web.openapi.Operations.Operation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Holds every HTTP exchange of a test to docs/openapi.yaml, so the document and the server cannot
 * drift apart. An answer must be one the document lists for the operation, with the headers it
 * requires and a body of its schema. A request the document refuses (no token where one is
 * required, a parameter or body outside its schema) must be refused by the server too (4xx),
 * never served; deliberately bad requests therefore need no marking. A path the document does not
 * describe may only answer problem+json.
 */
public final class ContractCheck {

    private static final ContractCheck DOCUMENT = new ContractCheck(OpenApiDocument.read());
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonNode PROBLEM = JsonNodeFactory.instance.objectNode().put("$ref", "#/components/schemas/Problem");
    /** What HTTP itself refuses before any route (a request line or headers too long), on any path. */
    private static final Set<Integer> REFUSED_BY_HTTP = Set.of(414, 431);

    private final JsonNode document;
    private final Operations operations;
    private final DocumentSchemas schemas;

    private ContractCheck(JsonNode document) {
        this.document = document;
        this.operations = new Operations(document);
        this.schemas = new DocumentSchemas(document);
    }

    /** The check against the document the API jar carries (read once per test JVM). */
    public static ContractCheck ofTheDocument() {
        return DOCUMENT;
    }

    /** The operations the document describes, as "METHOD /path/{template}". */
    public List<String> operations() {
        return operations.all().stream().map(Operation::toString).toList();
    }

    /** Checks the request a test sent ({@code requestBody} as sent, null for none) and the answer it got. */
    public void check(byte @Nullable [] requestBody, HttpResponse<String> response) {
        HttpRequest request = response.request();
        Optional<Match> match = find(response);
        List<String> problems = new ArrayList<>();
        if (match.isEmpty()) {
            problems.addAll(undocumented(response));
        } else {
            List<String> refusals = refusals(match.get(), request, requestBody);
            problems.addAll(answerProblems(match.get().operation(), response));
            if (!refusals.isEmpty() && response.statusCode() < 400) {
                problems.add("the document refuses this request (" + String.join("; ", refusals) + ") but the server served it");
            }
        }
        fail(response, problems);
    }

    /** Checks only the answer, for a request the test made beside the contract (its body unknown here). */
    public void answer(HttpResponse<String> response) {
        fail(response, find(response)
                .map(match -> answerProblems(match.operation(), response))
                .orElseGet(() -> undocumented(response)));
    }

    /** The operation that answered, unless the document describes none or HTTP refused the request before any route. */
    private Optional<Match> find(HttpResponse<String> response) {
        HttpRequest request = response.request();
        return REFUSED_BY_HTTP.contains(response.statusCode()) ? Optional.empty()
                : operations.find(request.method(), request.uri().getRawPath());
    }

    private List<String> refusals(Match match, HttpRequest request, byte @Nullable [] body) {
        Operation operation = match.operation();
        List<String> refusals = new ArrayList<>();
        JsonNode security = operation.node().has("security") ? operation.node().get("security") : document.path("security");
        boolean open = security.isEmpty();
        for (JsonNode requirement : security) {
            open |= requirement.isEmpty();
        }
        if (!open && !request.headers().firstValue("Authorization").orElse("").regionMatches(true, 0, "Bearer ", 0, 7)) {
            refusals.add("no bearer token");
        }
        Map<String, String> query = ParameterValues.query(request.uri().getRawQuery());
        List<JsonNode> parameters = new ArrayList<>();
        operation.pathItem().path("parameters").forEach(parameters::add);
        operation.node().path("parameters").forEach(parameters::add);
        for (JsonNode declared : parameters) {
            JsonNode parameter = resolve(declared);
            String name = parameter.path("name").asText();
            String value = switch (parameter.path("in").asText()) {
                case "path" -> match.rawPathValues().containsKey(name) ? ParameterValues.pathSegment(match.rawPathValues().get(name)) : null;
                case "query" -> query.get(name);
                case "header" -> request.headers().firstValue(name).orElse(null);
                default -> null;
            };
            if (value == null) {
                if (parameter.path("required").asBoolean()) {
                    refusals.add("no " + parameter.path("in").asText() + " parameter " + name);
                }
            } else {
                schemas.validate(parameter.path("schema"), ParameterValues.asJson(value, parameter.path("schema"), this::resolve))
                        .forEach(error -> refusals.add(name + ": " + error));
            }
        }
        JsonNode requestBody = operation.node().path("requestBody");
        if (!requestBody.isMissingNode()) {
            refusals.addAll(bodyRefusals(requestBody, body));
        }
        return refusals;
    }

    private List<String> bodyRefusals(JsonNode requestBody, byte @Nullable [] body) {
        if (body == null || body.length == 0) {
            return requestBody.path("required").asBoolean() ? List.of("no body") : List.of();
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(body);
        } catch (IOException notJson) {
            return List.of("the body is not JSON: " + notJson.getMessage().lines().findFirst().orElse(""));
        }
        return schemas.validate(requestBody.path("content").path("application/json").path("schema"), parsed.toString()).stream()
                .map(error -> "body: " + error).toList();
    }

    private List<String> answerProblems(Operation operation, HttpResponse<String> response) {
        String status = Integer.toString(response.statusCode());
        JsonNode responses = operation.node().path("responses");
        String key = responses.has(status) ? status : responses.has(status.charAt(0) + "XX") ? status.charAt(0) + "XX" : "default";
        if (!responses.has(key)) {
            return List.of(operation + " answered " + status + ", which the document does not list (it lists "
                    + String.join(", ", names(responses)) + ")");
        }
        JsonNode declared = resolve(responses.get(key));
        List<String> problems = new ArrayList<>();
        declared.path("headers").properties().forEach(header -> {
            JsonNode spec = resolve(header.getValue());
            Optional<String> value = response.headers().firstValue(header.getKey());
            if (value.isEmpty() && spec.path("required").asBoolean()) {
                problems.add("no " + header.getKey() + " header");
            }
            value.ifPresent(text -> schemas.validate(spec.path("schema"), ParameterValues.asJson(text, spec.path("schema"), this::resolve))
                    .forEach(error -> problems.add(header.getKey() + ": " + error)));
        });
        problems.addAll(bodyProblems(declared.path("content"), response));
        return problems;
    }

    private List<String> bodyProblems(JsonNode content, HttpResponse<String> response) {
        if (content.isMissingNode() || content.isEmpty()) {
            return response.body().isEmpty() ? List.of() : List.of("a body where the document describes none");
        }
        String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!content.has(mediaType)) {
            return List.of("Content-Type '" + mediaType + "', where the document says " + String.join(" or ", names(content)));
        }
        if (!mediaType.endsWith("json")) {
            return List.of();
        }
        return json(content.get(mediaType).path("schema"), response.body());
    }

    /** What a path the document does not describe may answer: a problem, when it is an error. */
    private List<String> undocumented(HttpResponse<String> response) {
        if (response.statusCode() < 400) {
            return List.of();
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return List.of("an error without application/problem+json");
        }
        return json(PROBLEM, response.body());
    }

    private List<String> json(JsonNode schema, String body) {
        try {
            JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return List.of("the body is not JSON: " + notJson.getOriginalMessage());
        }
        return schemas.validate(schema, body).stream().map(error -> "body: " + error).toList();
    }

    private static List<String> names(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }

    /** A node of the document with its {@code $ref} followed. */
    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#") ? resolve(document.at(ref.substring(1))) : node;
    }

    private static void fail(HttpResponse<String> response, List<String> problems) {
        if (!problems.isEmpty()) {
            URI uri = response.request().uri();
            String body = response.body().length() > 600 ? response.body().substring(0, 600) + "..." : response.body();
            throw new AssertionError(response.request().method() + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " answered " + response.statusCode() + " against docs/openapi.yaml:\n  - " + String.join("\n  - ", problems)
                    + "\n  body: " + body);
        }
    }
}
