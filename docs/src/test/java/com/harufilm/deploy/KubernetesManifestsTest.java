package com.harufilm.deploy;

import static com.harufilm.deploy.KubernetesManifests.container;
import static com.harufilm.deploy.KubernetesManifests.find;
import static com.harufilm.deploy.KubernetesManifests.podSpec;
import static com.harufilm.deploy.KubernetesManifests.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.adapters.messaging.TopologyNames;
import com.harufilm.bootstrap.worker.Env;
import com.harufilm.bootstrap.worker.SharedSettings;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The manifests wire what the processes need: probes on the health routes, graces, scratch, the queue KEDA watches. */
class KubernetesManifestsTest {

    private static final YamlNode API = find("Deployment", "haru-api");
    private static final YamlNode WORKER = find("Deployment", "haru-worker");
    private static final YamlNode MIGRATE = find("Job", "haru-migrate");
    private static final String IMAGE_USER = Dockerfile.parse(RepositoryFiles.read("Dockerfile"))
            .stage("api").arguments("USER").getLast().split(":")[0];
    private static final Set<String> SECRET_KEYS = find("Secret", "haru-secrets").get("stringData").entries().keySet();

    @Test
    void theApiRunsSeveralReplicasProbedOnTheHealthRoutesAndLeavesMigrationsToTheJob() {
        YamlNode api = container(API);

        assertTrue(API.get("spec", "replicas").integer() >= 2);
        assertEquals("/health/ready", api.get("readinessProbe", "httpGet", "path").text());
        assertEquals("/health/live", api.get("livenessProbe", "httpGet", "path").text());
        assertEquals("false", settings(API).get("HARU_DB_MIGRATE_ON_START"));
        assertEquals(List.of("migrate"), container(MIGRATE).get("args").texts());
        assertEquals(api.get("image").text(), container(MIGRATE).get("image").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"haru-api", "haru-worker"})
    void aPodIsKilledOnlyAfterItsProcessHadItsShutdownGrace(String name) {
        YamlNode deployment = find("Deployment", name);
        Duration grace = SharedSettings.shutdownGrace(new Env(settings(deployment)));
        YamlNode preStopSleep = container(deployment).get("lifecycle", "preStop", "sleep", "seconds");
        Duration beforeSigterm = Duration.ofSeconds(preStopSleep.present() ? preStopSleep.integer() : 0);

        Duration kill = Duration.ofSeconds(podSpec(deployment).get("terminationGracePeriodSeconds").integer());

        assertTrue(kill.compareTo(beforeSigterm.plus(grace)) > 0, name + ": " + kill + " is not more than " + beforeSigterm + " + " + grace);
    }

    @ParameterizedTest
    @CsvSource({"Deployment, haru-api", "Deployment, haru-worker", "Job, haru-migrate"})
    void workloadsRunAsTheImagesUnprivilegedUserWithResources(String kind, String name) {
        YamlNode workload = find(kind, name);
        YamlNode pod = podSpec(workload).get("securityContext");
        assertEquals(Boolean.TRUE, pod.get("runAsNonRoot").value());
        assertEquals(IMAGE_USER, pod.get("runAsUser").text(), "the images' user");
        YamlNode container = container(workload);
        assertEquals(Boolean.FALSE, container.get("securityContext", "allowPrivilegeEscalation").value());
        assertTrue(container.get("resources", "requests", "cpu").present() && container.get("resources", "limits", "memory").present());
    }

    @Test
    void eachWorkerPodEncodesInAScratchFolderOfItsOwnInsideAnEmptyDir() {
        String workDir = settings(WORKER).get("HARU_WORK_DIR");
        Set<String> emptyDirs = podSpec(WORKER).get("volumes").items().stream()
                .filter(volume -> volume.get("emptyDir").present()).map(volume -> volume.get("name").text())
                .collect(Collectors.toSet());

        assertTrue(container(WORKER).get("volumeMounts").items().stream()
                        .anyMatch(mount -> emptyDirs.contains(mount.get("name").text())
                                && workDir.startsWith(mount.get("mountPath").text() + "/")),
                "HARU_WORK_DIR " + workDir + " is inside an emptyDir, not its mount point");
    }

    @Test
    void kedaScalesTheWorkersOnTheQueueTheyConsumeWithTheSecretsBrokerAddress() {
        YamlNode scaled = find("ScaledObject", "haru-worker");
        YamlNode trigger = scaled.get("spec", "triggers").items().getFirst();
        String prefix = settings(WORKER).getOrDefault("HARU_RABBITMQ_QUEUE_PREFIX", "");

        assertEquals("haru-worker", scaled.get("spec", "scaleTargetRef", "name").text());
        assertEquals("rabbitmq", trigger.get("type").text());
        assertEquals(new TopologyNames(prefix).jobsQueue(), trigger.get("metadata", "queueName").text());
        assertEquals("QueueLength", trigger.get("metadata", "mode").text());
        YamlNode auth = find("TriggerAuthentication", trigger.get("authenticationRef", "name").text());
        for (YamlNode ref : auth.get("spec", "secretTargetRef").items()) {
            assertEquals("haru-secrets", ref.get("name").text());
            assertTrue(SECRET_KEYS.contains(ref.get("key").text()), ref.get("key").text() + " is not in the Secret template");
        }
    }

    @ParameterizedTest
    @CsvSource({"Deployment, haru-api", "Deployment, haru-worker", "Job, haru-migrate"})
    void everyConfigMapAndSecretKeyAWorkloadReadsExists(String kind, String name) {
        YamlNode container = container(find(kind, name));
        for (YamlNode source : container.get("envFrom").items()) {
            if (source.get("configMapRef").present()) {
                find("ConfigMap", source.get("configMapRef", "name").text());
            } else {
                assertEquals("haru-secrets", source.get("secretRef", "name").text());
            }
        }
        for (YamlNode variable : container.get("env").items()) {
            YamlNode ref = variable.get("valueFrom", "secretKeyRef");
            if (ref.present()) {
                assertEquals("haru-secrets", ref.get("name").text());
                assertTrue(SECRET_KEYS.contains(ref.get("key").text()), ref.get("key").text() + " is not in the Secret template");
            }
        }
    }

    @Test
    void theServiceAndTheDisruptionBudgetSelectTheApiPods() {
        var podLabels = API.get("spec", "template", "metadata", "labels").entries();
        for (YamlNode selector : List.of(find("Service", "haru-api").get("spec", "selector"),
                find("PodDisruptionBudget", "haru-api").get("spec", "selector", "matchLabels"))) {
            selector.entries().forEach((key, value) -> assertEquals(value.text(), podLabels.get(key).text()));
        }
        String targetPort = find("Service", "haru-api").get("spec", "ports").items().getFirst().get("targetPort").text();
        assertTrue(container(API).get("ports").items().stream().anyMatch(port -> targetPort.equals(port.get("name").text())));
        assertNotEquals(container(API).get("image").text(), container(WORKER).get("image").text());
    }
}
