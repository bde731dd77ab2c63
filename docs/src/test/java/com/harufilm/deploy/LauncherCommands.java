package com.harufilm.deploy;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The sub-commands a main class accepts: the {@code case "name" ->} labels of its switch. */
final class LauncherCommands {

    private static final Pattern CASE = Pattern.compile("case\\s+\"([a-z-]+)\"\\s*->");

    private LauncherCommands() {
    }

    /** @param mainClass a class of {@code module}, as its jar's manifest names it */
    static Set<String> of(String module, String mainClass) {
        String source = RepositoryFiles.read(module + "/src/main/java/" + mainClass.replace('.', '/') + ".java");
        return CASE.matcher(source).results().map(match -> match.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }
}
