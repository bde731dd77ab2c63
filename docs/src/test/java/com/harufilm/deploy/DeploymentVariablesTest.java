package com.harufilm.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every setting the deployment files use is documented in the README's configuration table and
 * listed in .env.example, the two lists agree, and what they commit holds no secret.
 */
class DeploymentVariablesTest {

    private static final EnvExample ENV = EnvExample.parse(RepositoryFiles.read(".env.example"));
    /** Names of credentials, and of the broker addresses, which carry one. */
    private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|SECRET|KEYS|ACCOUNT).*|HARU_RABBITMQ_URI|RABBITMQ_MANAGEMENT_URL");
    private static final String PLACEHOLDER = "change-me";

    @Test
    void theDeploymentFilesTheReadmeTableAndEnvExampleNameTheSameVariables() {
        Map<String, Set<String>> usedByFile = new TreeMap<>();
        Stream.concat(Stream.of("Dockerfile", "compose.yaml", "deploy/image-build.sh"), RepositoryFiles.kubernetesManifests().stream())
                .forEach(file -> usedByFile.put(file, HaruVariables.in(RepositoryFiles.read(file))));

        List<String> problems = VariableCrossCheck.problems(
                ConfigurationTable.variables(RepositoryFiles.read("README.md")), ENV.listed().keySet(), usedByFile);

        assertEquals(List.of(), problems);
    }

    @Test
    void everyEnvExampleEntryHasItsMeaningAboveIt() {
        assertEquals(List.of(), ENV.undocumented());
    }

    @Test
    void envExampleSetsSecretsOnlyToPlaceholders() {
        ENV.set().forEach((name, value) -> {
            if (SECRET.matcher(name).matches()) {
                assertTrue(value.contains(PLACEHOLDER), ".env.example sets " + name + " to something other than a placeholder");
            }
        });
    }

    @Test
    void theKubernetesSecretIsATemplateAndTheConfigMapHoldsNoSecret() {
        KubernetesManifests.find("Secret", "haru-secrets").get("stringData").entries().forEach((name, value) -> {
            if (SECRET.matcher(name).matches()) {
                assertTrue(value.text().isEmpty() || value.text().contains(PLACEHOLDER), "the Secret template holds a value for " + name);
            }
        });
        assertTrue(KubernetesManifests.ALL.stream().noneMatch(object -> object.get("data").present() && "Secret".equals(object.get("kind").text())),
                "a Secret with data (base64 values) is committed");
        KubernetesManifests.find("ConfigMap", "haru-settings").get("data").entries().keySet().forEach(name ->
                assertTrue(!SECRET.matcher(name).matches(), "the ConfigMap holds " + name + ", which belongs in the Secret"));
    }
}
