package com.harufilm.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings the deployment files use against the two lists an operator reads: the README's
 * configuration table and .env.example. Each problem is one sentence naming the variable and where.
 */
final class VariableCrossCheck {

    private VariableCrossCheck() {
    }

    /**
     * @param table the README table's variables
     * @param envExample the names .env.example lists (its compose-only names too: only HARU_* ones are held to the table)
     * @param usedByFile the HARU_* variables each deployment file uses, by file
     */
    static List<String> problems(Set<String> table, Set<String> envExample, Map<String, Set<String>> usedByFile) {
        List<String> problems = new ArrayList<>();
        usedByFile.forEach((file, used) -> used.forEach(name -> {
            if (!table.contains(name)) {
                problems.add(file + " uses " + name + ", which the README's Configuration table does not list");
            }
            if (!envExample.contains(name)) {
                problems.add(file + " uses " + name + ", which .env.example does not list");
            }
        }));
        table.stream().filter(name -> !envExample.contains(name))
                .forEach(name -> problems.add("the README's Configuration table lists " + name + ", .env.example does not"));
        envExample.stream().filter(name -> name.startsWith("HARU_") && !table.contains(name))
                .forEach(name -> problems.add(".env.example lists " + name + ", the README's Configuration table does not"));
        return problems;
    }
}
