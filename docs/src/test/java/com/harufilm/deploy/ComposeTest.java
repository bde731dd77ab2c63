package com.harufilm.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.bootstrap.worker.Env;
import com.harufilm.bootstrap.worker.SharedSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** compose.yaml starts what the API and the workers need, in order, with the settings .env.example gives. */
class ComposeTest {

    private static final String TEXT = RepositoryFiles.read("compose.yaml");
    private static final YamlNode SERVICES = YamlNode.document(TEXT).get("services");
    private static final EnvExample ENV = EnvExample.parse(RepositoryFiles.read(".env.example"));
    private static final Dockerfile DOCKERFILE = Dockerfile.parse(RepositoryFiles.read("Dockerfile"));
    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME:?message}}; {@code $${...}} is the container's own. */
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\$)\\$\\{([A-Z][A-Z0-9_]*)(?::([-?])([^}]*))?}");

    @Test
    void theApiIsHealthyOnlyWhenReadyAndStartsAfterTheDatabaseBrokerAndBucket() {
        YamlNode api = SERVICES.get("api");

        assertTrue(api.get("healthcheck", "test").texts().stream().anyMatch(word -> word.endsWith("/health/ready")));
        assertEquals(Map.of("mysql", "service_healthy", "rabbitmq", "service_healthy", "minio-init", "service_completed_successfully"),
                conditions(api));
        for (String service : Set.of("mysql", "rabbitmq", "minio")) {
            assertTrue(SERVICES.get(service, "healthcheck", "test").present(), service + " has a health check");
        }
        assertEquals("true", api.get("environment", "HARU_DB_MIGRATE_ON_START").text());
    }

    @Test
    void theBucketIsCreatedAtStartAndMinioAllowsTheWebOrigins() {
        YamlNode init = SERVICES.get("minio-init");

        assertEquals(Map.of("minio", "service_healthy"), conditions(init));
        assertTrue(init.get("command").texts().getFirst().contains("mc mb --ignore-existing \"haru/$$HARU_S3_BUCKET\""));
        assertEquals(SERVICES.get("api", "environment", "HARU_S3_BUCKET").text(), init.get("environment", "HARU_S3_BUCKET").text());
        assertTrue(SERVICES.get("minio", "environment", "MINIO_API_CORS_ALLOW_ORIGIN").text().startsWith("${HARU_WEB_ORIGINS"));
    }

    @Test
    void twoWorkersRunEachWithAScratchVolumeOfItsOwn() {
        YamlNode worker = SERVICES.get("worker");
        String scratch = DOCKERFILE.stage("worker").env().get("HARU_WORK_DIR");

        assertTrue(Integer.parseInt(interpolate(worker.get("deploy", "replicas").text())) >= 2);
        assertTrue(worker.get("volumes").texts().stream().anyMatch(volume -> !volume.contains(":") && scratch.startsWith(volume + "/")),
                "an anonymous volume (one per container) holds HARU_WORK_DIR " + scratch);
    }

    @Test
    void eachAppServiceIsBuiltFromItsDockerfileTarget() {
        for (String service : Set.of("api", "worker")) {
            assertEquals(".", SERVICES.get(service, "build", "context").text());
            assertEquals(service, SERVICES.get(service, "build", "target").text());
            DOCKERFILE.stage(service);
        }
    }

    @Test
    void theDataOfMysqlRabbitmqAndMinioIsInNamedVolumes() {
        Set<String> named = YamlNode.document(TEXT).get("volumes").entries().keySet();
        Map<String, String> dataFolders = Map.of("mysql", "/var/lib/mysql", "rabbitmq", "/var/lib/rabbitmq", "minio", "/data");
        dataFolders.forEach((service, folder) -> assertTrue(SERVICES.get(service, "volumes").texts().stream()
                .anyMatch(volume -> volume.endsWith(":" + folder) && named.contains(volume.split(":")[0])), service + " keeps " + folder));
    }

    @Test
    void composeStopsTheAppOnlyAfterItsShutdownGrace() {
        Duration grace = SharedSettings.shutdownGrace(new Env(ENV.set()));
        for (String service : Set.of("api", "worker")) {
            String stop = SERVICES.get(service, "stop_grace_period").text();
            assertTrue(stop.matches("\\d+s") && Duration.ofSeconds(Long.parseLong(stop.replace("s", ""))).compareTo(grace) > 0,
                    service + " stops after " + stop + ", not more than " + grace);
        }
    }

    @Test
    void everyVariableComposeReadsIsInEnvExample() {
        Matcher matcher = REFERENCE.matcher(TEXT);
        while (matcher.find()) {
            assertTrue(ENV.listed().containsKey(matcher.group(1)), "compose.yaml reads " + matcher.group(1) + ", .env.example does not list it");
        }
    }

    /** A value as compose resolves it from .env.example's set lines, falling back to the written default. */
    private static String interpolate(String value) {
        Matcher matcher = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String given = ENV.set().get(matcher.group(1));
            String fallback = "-".equals(matcher.group(2)) ? matcher.group(3) : "";
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(given == null || given.isEmpty() ? fallback : given));
        }
        return matcher.appendTail(resolved).toString();
    }

    private static Map<String, String> conditions(YamlNode service) {
        Map<String, String> conditions = new TreeMap<>();
        service.get("depends_on").entries().forEach((name, dependency) -> conditions.put(name, dependency.get("condition").text()));
        return conditions;
    }
}
