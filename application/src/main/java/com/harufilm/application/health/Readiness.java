package com.harufilm.application.health;

import java.util.List;

/** The state of every part the process depends on, ordered by name. */
public record Readiness(List<Component> components) {

    /** One part; {@code detail} says why it is down, for the logs rather than for clients. */
    public record Component(String name, boolean up, String detail) {
    }

    public Readiness {
        components = List.copyOf(components);
    }

    public boolean ready() {
        return components.stream().allMatch(Component::up);
    }
}
