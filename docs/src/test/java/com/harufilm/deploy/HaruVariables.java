package com.harufilm.deploy;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The HARU_* settings a file names anywhere: as keys, in ${...} references, in commands or comments. */
final class HaruVariables {

    private static final Pattern NAME = Pattern.compile("\\bHARU_[A-Z0-9_]*[A-Z0-9]");

    private HaruVariables() {
    }

    static Set<String> in(String text) {
        return NAME.matcher(text).results().map(MatchResult::group).collect(Collectors.toCollection(TreeSet::new));
    }
}
