package com.harufilm.bootstrap.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random JSON for the fuzz test, from a seeded {@link Random}: values of every type, size and
 * nesting, strings of hostile Unicode (NUL, lone surrogates, RTL marks, emoji, very long), and
 * mutations of a valid body, written by hand so that lone surrogates reach the server as JSON
 * escapes. A value is null, Boolean, Number, String, {@link Raw} (a token written as is), List or Map.
 */
final class RandomJson {

    /** A token written verbatim: numbers no Java type holds, or broken JSON. */
    record Raw(String token) {
    }

    private static final String[] NUMBERS = {"0", "-0", "1", "-1", "2147483648", "-9223372036854775809", "99999999999999999999",
        "1e400", "-1e400", "1.5", "0.000000000000000000001", "1E2", "5242880", "6000000", "12345678901234567890123456789012345678901"};
    private static final String[] SPECIALS = {"\u0000", "\uD800", "\uDFFF", "\u202E", "\u200F", "\uFEFF", "\uD83C\uDFAC", "\uFFFF",
        "\n", "\"", "\\", "<script>", "' OR 1=1 --", "%00", "../", "video/", "\u1100", "\u00e9"};
    private static final String[] KEYS = {"code", "redirectUri", "codeVerifier", "fcmToken", "platform", "email", "name", "refreshToken",
        "timezone", "reminderTime", "remindersEnabled", "locale", "uploadDate", "fileName", "contentType", "fileSize", "partSize",
        "uploadId", "parts", "partNumber", "etag", "timestamps", "offsetSec", "label", "__proto__", "", "a"};

    private final Random random;

    RandomJson(Random random) {
        this.random = random;
    }

    /** A body for a route: mostly its valid body with a few members changed, sometimes anything at all. */
    Object body(Map<String, Object> valid) {
        return switch (random.nextInt(10)) {
            case 0 -> value(4);
            case 1 -> new Raw(brokenJson());
            default -> mutate(valid, 1 + random.nextInt(3));
        };
    }

    private Object mutate(Map<String, Object> valid, int changes) {
        Map<String, Object> body = new LinkedHashMap<>(valid);
        for (int i = 0; i < changes; i++) {
            List<String> keys = new ArrayList<>(body.keySet());
            String key = keys.isEmpty() || random.nextInt(5) == 0 ? pick(KEYS) : keys.get(random.nextInt(keys.size()));
            Object current = body.get(key);
            switch (random.nextInt(4)) {
                case 0 -> body.remove(key);
                case 1 -> body.put(key, current instanceof List<?> list && !list.isEmpty() ? mutateList(list) : value(3));
                default -> body.put(key, value(random.nextInt(3)));
            }
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private Object mutateList(List<?> list) {
        List<Object> copy = new ArrayList<>(list);
        int at = random.nextInt(copy.size());
        copy.set(at, copy.get(at) instanceof Map<?, ?> map && random.nextBoolean() ? mutate((Map<String, Object>) map, 1) : value(2));
        if (random.nextInt(4) == 0) {
            for (int i = random.nextInt(2000); i > 0; i--) {
                copy.add(copy.getFirst());
            }
        }
        return copy;
    }

    /** Any JSON value, nested at most {@code depth} more levels (sometimes far deeper). */
    Object value(int depth) {
        int kind = random.nextInt(depth <= 0 ? 4 : 7);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> new Raw(pick(NUMBERS));
            case 3 -> text();
            case 4, 5 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    list.add(value(depth - 1));
                }
                yield random.nextInt(20) == 0 ? new Raw("[".repeat(3000) + "]".repeat(3000)) : list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    map.put(random.nextInt(3) == 0 ? text() : pick(KEYS), value(depth - 1));
                }
                yield map;
            }
        };
    }

    /** A string: short or up to 100,000 characters, plain, or full of hostile code points. */
    String text() {
        int length = switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> 100 + random.nextInt(1000);
            case 2 -> random.nextInt(20) == 0 ? 100_000 : 5000;
            default -> random.nextInt(12);
        };
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(switch (random.nextInt(4)) {
                case 0 -> pick(SPECIALS);
                case 1 -> Character.toString(random.nextInt(0x110000));
                default -> (char) ('a' + random.nextInt(26));
            });
        }
        return text.toString();
    }

    private String brokenJson() {
        String whole = write(value(3));
        return switch (random.nextInt(3)) {
            case 0 -> whole.substring(0, random.nextInt(whole.length() + 1));
            case 1 -> whole + pick(new String[] {"}", ",", " x", "{}"});
            default -> "{" + whole.replace(':', ',');
        };
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** The value as JSON text; NUL, controls and surrogate halves go out as {@code \\uXXXX} escapes. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    static byte[] bytes(Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case Raw raw -> out.append(raw.token());
            case Boolean bool -> out.append(bool);
            case Number number -> out.append(number);
            case String text -> {
                out.append('"');
                text.chars().forEach(c -> {
                    if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate((char) c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.append((char) c);
                    }
                });
                out.append('"');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(list.get(i), out);
                }
                out.append(']');
            }
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(first ? "" : ",");
                    first = false;
                    write(entry.getKey(), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            }
            default -> throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }
}
