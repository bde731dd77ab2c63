package com.harufilm.bootstrap.worker;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads typed settings from environment variables, collecting every bad one so a misconfigured
 * deployment fails once, at start, with a message naming each variable at fault.
 */
public final class Env {

    private final Map<String, String> variables;
    private final List<String> problems = new ArrayList<>();

    public Env(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    public String string(String name, String fallback) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** One of {@code allowed}, spelled exactly so. */
    public String choice(String name, String fallback, List<String> allowed) {
        return parse(name, fallback, text -> {
            if (!allowed.contains(text)) {
                throw new IllegalArgumentException("must be one of " + String.join(", ", allowed));
            }
            return text;
        }, "one of " + String.join(", ", allowed));
    }

    public int integer(String name, int fallback, int min, int max) {
        return parse(name, fallback, text -> {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new IllegalArgumentException("must be between " + min + " and " + max);
            }
            return value;
        }, "a whole number");
    }

    public long bytes(String name, long fallback) {
        return parse(name, fallback, text -> {
            long value = Long.parseLong(text);
            if (value <= 0) {
                throw new IllegalArgumentException("must be positive");
            }
            return value;
        }, "a number of bytes");
    }

    public boolean bool(String name, boolean fallback) {
        return parse(name, fallback, text -> switch (text.toLowerCase()) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        }, "true or false");
    }

    public Duration millis(String name, Duration fallback) {
        return parse(name, fallback, text -> {
            long value = Long.parseLong(text);
            if (value <= 0) {
                throw new IllegalArgumentException("must be positive");
            }
            return Duration.ofMillis(value);
        }, "a number of milliseconds");
    }

    /** A whole number of {@code unit}s, zero allowed (a grace window may be off). */
    public Duration duration(String name, Duration fallback, ChronoUnit unit) {
        return parse(name, fallback, text -> {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new IllegalArgumentException("must not be negative");
            }
            return Duration.of(value, unit);
        }, "a whole number of " + unit.toString().toLowerCase());
    }

    public ZoneId zone(String name, ZoneId fallback) {
        return parse(name, fallback, text -> {
            if (!ZoneId.getAvailableZoneIds().contains(text)) {
                throw new IllegalArgumentException("must be an IANA time zone such as Asia/Seoul");
            }
            return ZoneId.of(text);
        }, "a time zone");
    }

    /** Records a problem found by a caller's own check, reported with the others. */
    public void problem(String name, String message) {
        problems.add(name + " " + message);
    }

    public URI uri(String name, String fallback) {
        return parse(name, URI.create(fallback), text -> {
            try {
                URI uri = new URI(text);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new IllegalArgumentException("must be an absolute URI with a host");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("is not a URI");
            }
        }, "a URI");
    }

    /** A comma-separated list, blanks dropped. */
    public List<String> list(String name, List<String> fallback) {
        String value = variables.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    /** Throws, naming every bad variable read so far, if any was bad. */
    public void failOnProblems() {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad configuration: " + String.join("; ", problems));
        }
    }

    private <T> T parse(String name, T fallback, Function<String, T> parser, String expected) {
        String value = variables.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return parser.apply(value.trim());
        } catch (NumberFormatException e) {
            problems.add(name + " must be " + expected + ", got '" + value + "'");
        } catch (IllegalArgumentException e) {
            problems.add(name + " " + e.getMessage() + ", got '" + value + "'");
        }
        return fallback;
    }
}
