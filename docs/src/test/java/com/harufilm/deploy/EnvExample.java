package com.harufilm.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What .env.example lists: {@code NAME=value} lines set a value, {@code #NAME=default} lines show
 * the default and leave it; each is listed only with a comment above it saying what it means.
 *
 * @param listed every name with the value its line shows
 * @param set the names whose line is not commented out, with their values
 * @param undocumented names whose line has no comment directly above it
 */
record EnvExample(Map<String, String> listed, Map<String, String> set, List<String> undocumented) {

    private static final Pattern ENTRY = Pattern.compile("^(#?)([A-Z][A-Z0-9_]*)=(.*)$");

    static EnvExample parse(String text) {
        Map<String, String> listed = new LinkedHashMap<>();
        Map<String, String> set = new LinkedHashMap<>();
        List<String> undocumented = new ArrayList<>();
        String previous = "";
        for (String line : text.lines().toList()) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.matches()) {
                String name = entry.group(2);
                listed.put(name, entry.group(3));
                if (entry.group(1).isEmpty()) {
                    set.put(name, entry.group(3));
                }
                if (!previous.startsWith("# ") && !ENTRY.matcher(previous).matches()) {
                    undocumented.add(name);
                }
            }
            previous = line;
        }
        return new EnvExample(Map.copyOf(listed), Map.copyOf(set), List.copyOf(undocumented));
    }
}
