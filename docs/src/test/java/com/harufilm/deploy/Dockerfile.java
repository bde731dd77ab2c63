package com.harufilm.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A Dockerfile read as its stages and their instructions, enough to check what each image runs. */
record Dockerfile(List<Dockerfile.Stage> stages) {

    record Instruction(String keyword, String arguments) {
    }

    /** One {@code COPY --from=stage source destination}. */
    record Copy(String fromStage, String source, String destination) {
    }

    record Stage(String name, String base, List<Instruction> instructions) {

        List<String> arguments(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
        }

        /** The last such instruction in exec form (a JSON array), as Docker uses the last one. */
        Optional<List<String>> execForm(String keyword) {
            List<String> all = arguments(keyword);
            if (all.isEmpty()) {
                return Optional.empty();
            }
            String last = all.getLast();
            if (!last.startsWith("[")) {
                throw new IllegalStateException(keyword + " of stage " + name + " is not in exec form: " + last);
            }
            List<?> items = new Yaml(new SafeConstructor(new LoaderOptions())).load(last);
            return Optional.of(items.stream().map(String::valueOf).toList());
        }

        List<Copy> copiesFromOtherStages() {
            List<Copy> copies = new ArrayList<>();
            for (String arguments : arguments("COPY")) {
                String[] words = arguments.split("\\s+");
                if (words.length == 3 && words[0].startsWith("--from=")) {
                    copies.add(new Copy(words[0].substring("--from=".length()), words[1], words[2]));
                }
            }
            return copies;
        }

        /** The variables its ENV instructions set ({@code NAME=value} pairs, values without spaces). */
        Map<String, String> env() {
            Map<String, String> env = new LinkedHashMap<>();
            for (String arguments : arguments("ENV")) {
                for (String pair : arguments.split("\\s+")) {
                    String[] parts = pair.split("=", 2);
                    env.put(parts[0], parts.length == 2 ? parts[1] : "");
                }
            }
            return env;
        }
    }

    static Dockerfile parse(String text) {
        List<Stage> stages = new ArrayList<>();
        List<Instruction> current = null;
        for (String line : logicalLines(text)) {
            String[] parts = line.split("\\s+", 2);
            String keyword = parts[0].toUpperCase();
            String arguments = parts.length == 2 ? parts[1].trim() : "";
            if (keyword.equals("FROM")) {
                String[] from = arguments.split("\\s+");
                current = new ArrayList<>();
                stages.add(new Stage(from.length == 3 ? from[2] : "", from[0], current));
            } else if (current != null) {
                current.add(new Instruction(keyword, arguments));
            }
        }
        return new Dockerfile(List.copyOf(stages));
    }

    Stage stage(String name) {
        return stages.stream().filter(stage -> stage.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the Dockerfile has no stage " + name));
    }

    /** Instructions with their continuation lines joined; comments and blank lines dropped. */
    private static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean continues = line.endsWith("\\");
            pending.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continues) {
                lines.add(pending.toString().strip());
                pending.setLength(0);
            }
        }
        return lines;
    }
}
