package com.harufilm.deploy;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The variables of the README's "Configuration" table: the names in the first cell of each row,
 * which holds one name or a pair such as {@code `HARU_DB_USER` / `HARU_DB_PASSWORD`}.
 */
final class ConfigurationTable {

    private static final String SECTION = "## Configuration";
    private static final Pattern NAME = Pattern.compile("`([A-Z][A-Z0-9_]*)`");

    private ConfigurationTable() {
    }

    static Set<String> variables(String readme) {
        int start = readme.indexOf("\n" + SECTION + "\n");
        if (start < 0) {
            throw new IllegalArgumentException("no '" + SECTION + "' section");
        }
        int end = readme.indexOf("\n## ", start + SECTION.length() + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> names = new TreeSet<>();
        for (String line : section.lines().toList()) {
            if (line.startsWith("|")) {
                String firstCell = line.substring(1).split("\\|", 2)[0];
                NAME.matcher(firstCell).results().forEach(match -> names.add(match.group(1)));
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("the '" + SECTION + "' section has no table of variables");
        }
        return names;
    }
}
