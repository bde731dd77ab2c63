package com.harufilm.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A read-only view of parsed YAML (anchors and {@code <<} merge keys resolved). A missing key gives
 * an absent node rather than an exception, so a test states what it expected instead.
 */
record YamlNode(Object value) {

    static List<YamlNode> documents(String text) {
        List<YamlNode> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
            if (document != null) {
                documents.add(new YamlNode(document));
            }
        }
        return documents;
    }

    static YamlNode document(String text) {
        return documents(text).getFirst();
    }

    YamlNode get(String... path) {
        Object node = value;
        for (String key : path) {
            node = node instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return new YamlNode(node);
    }

    boolean present() {
        return value != null;
    }

    /** The scalar as text; null when absent. */
    String text() {
        return value == null ? null : String.valueOf(value);
    }

    int integer() {
        if (!(value instanceof Number number)) {
            throw new AssertionError("not a number: " + value);
        }
        return number.intValue();
    }

    List<YamlNode> items() {
        return value instanceof List<?> list ? list.stream().map(YamlNode::new).toList() : List.of();
    }

    List<String> texts() {
        return items().stream().map(YamlNode::text).toList();
    }

    Map<String, YamlNode> entries() {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> entries.put(String.valueOf(key), new YamlNode(item)));
        }
        return entries;
    }
}
