package com.harufilm.adapters.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The document's operations, found by method and request path as a server routes them. */
final class Operations {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** One operation: its method, path template, node and the path item's node it belongs to. */
    record Operation(String method, String template, JsonNode node, JsonNode pathItem) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** An operation that serves a path, with the path parameters' values (still percent-encoded). */
    record Match(Operation operation, Map<String, String> rawPathValues) {
    }

    private record Route(Operation operation, Pattern pattern, List<String> names) {
    }

    private final List<Route> routes = new ArrayList<>();

    Operations(JsonNode document) {
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue(), path.getValue()));
            }
        }));
        // A literal segment wins over a parameter, as in the server's router: /videos/today-feed before /videos/{videoId}.
        routes.sort(Comparator.comparingInt(route -> route.names().size()));
    }

    private void add(Operation operation) {
        Matcher parameters = PARAMETER.matcher(operation.template());
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        int last = 0;
        while (parameters.find()) {
            regex.append(Pattern.quote(operation.template().substring(last, parameters.start()))).append("([^/]+)");
            names.add(parameters.group(1));
            last = parameters.end();
        }
        regex.append(Pattern.quote(operation.template().substring(last)));
        routes.add(new Route(operation, Pattern.compile(regex.toString()), names));
    }

    /** The operation the document gives {@code method} on {@code rawPath}, if it describes one. */
    Optional<Match> find(String method, String rawPath) {
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(rawPath);
            if (route.operation().method().equals(method) && matcher.matches()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < route.names().size(); i++) {
                    values.put(route.names().get(i), matcher.group(i + 1));
                }
                return Optional.of(new Match(route.operation(), values));
            }
        }
        return Optional.empty();
    }

    List<Operation> all() {
        return routes.stream().map(Route::operation).toList();
    }
}
