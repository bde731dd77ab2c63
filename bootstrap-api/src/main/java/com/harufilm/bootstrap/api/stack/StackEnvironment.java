package com.harufilm.bootstrap.api.stack;

import java.util.HashMap;
import java.util.Map;

/**
 * The environment of each process of the stack: local values for what the production processes
 * require, under whatever the operator set (a given variable always wins), except the scratch
 * folder, which each worker must have to itself.
 */
final class StackEnvironment {

    private final Map<String, String> given;
    private final StackLayout layout;

    StackEnvironment(Map<String, String> given, StackLayout layout) {
        this.given = Map.copyOf(given);
        this.layout = layout;
    }

    Map<String, String> s3() {
        return withDefaults(Map.of("HARU_LOCAL_S3_DIR", layout.s3Objects().toString()));
    }

    Map<String, String> migrate() {
        return withDefaults(Map.of());
    }

    Map<String, String> api(S3Endpoint s3, String jwtKeys) {
        Map<String, String> defaults = new HashMap<>(s3.settings());
        defaults.put("PORT", "8080");
        defaults.put("HARU_JWT_KEYS", jwtKeys);
        if (!given.containsKey("HARU_FCM_SERVICE_ACCOUNT")) {
            // No FCM account: pushes go to the log and a file, said so on purpose as the API requires.
            defaults.put("HARU_PUSH", "log");
            defaults.put("HARU_PUSH_OUTBOX_FILE", layout.pushOutbox().toString());
        }
        return withDefaults(defaults);
    }

    Map<String, String> worker(int number, S3Endpoint s3) {
        Map<String, String> environment = withDefaults(s3.settings());
        environment.put("HARU_WORK_DIR", layout.workDir(number).toString());
        return environment;
    }

    private Map<String, String> withDefaults(Map<String, String> defaults) {
        Map<String, String> environment = new HashMap<>(defaults);
        environment.putAll(given);
        return environment;
    }
}
