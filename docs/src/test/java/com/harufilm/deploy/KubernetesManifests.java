package com.harufilm.deploy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every object of deploy/kubernetes, and what a workload's container gets from them. */
final class KubernetesManifests {

    static final List<YamlNode> ALL = RepositoryFiles.kubernetesManifests().stream()
            .flatMap(file -> YamlNode.documents(RepositoryFiles.read(file)).stream())
            .toList();

    private KubernetesManifests() {
    }

    static YamlNode find(String kind, String name) {
        return ALL.stream()
                .filter(object -> kind.equals(object.get("kind").text()) && name.equals(object.get("metadata", "name").text()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("deploy/kubernetes has no " + kind + " " + name));
    }

    static YamlNode podSpec(YamlNode workload) {
        return workload.get("spec", "template", "spec");
    }

    static YamlNode container(YamlNode workload) {
        List<YamlNode> containers = podSpec(workload).get("containers").items();
        if (containers.size() != 1) {
            throw new AssertionError("expected one container, got " + containers.size());
        }
        return containers.getFirst();
    }

    /** What the container's process reads: the ConfigMaps it takes whole, overridden by its own values. */
    static Map<String, String> settings(YamlNode workload) {
        YamlNode container = container(workload);
        Map<String, String> settings = new HashMap<>();
        for (YamlNode source : container.get("envFrom").items()) {
            if (source.get("configMapRef").present()) {
                find("ConfigMap", source.get("configMapRef", "name").text()).get("data").entries()
                        .forEach((name, value) -> settings.put(name, value.text()));
            }
        }
        for (YamlNode variable : container.get("env").items()) {
            if (variable.get("value").present()) {
                settings.put(variable.get("name").text(), variable.get("value").text());
            }
        }
        return settings;
    }
}
