package com.harufilm.deploy;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HARU_* settings a file names anywhere: as keys, in ${...} references, in commands or comments. */
final class HaruVariables {

    private static final Pattern NAME = Pattern.compile("\\bHARU_[A-Z0-9_]*[A-Z0-9]");

    private HaruVariables() {
    }

    static Set<String> in(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = NAME.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }
}
