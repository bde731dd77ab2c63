package com.harufilm.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the images run exists: the build stage is the script CI runs, the jars it copies are the
 * ones that script builds, and each entrypoint starts a copied jar with a sub-command it accepts.
 * Reads the jars in the bootstrap modules' target folders, so it runs after their package phase (as
 * in verify; this module builds after them).
 */
class ImageCommandsTest {

    private static final Dockerfile DOCKERFILE = Dockerfile.parse(RepositoryFiles.read("Dockerfile"));
    private static final String BUILD_SCRIPT = "deploy/image-build.sh";
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern SCRIPT_JAR = Pattern.compile("[\\w./-]+/target/[\\w.-]+\\.jar");

    @Test
    void theBuildStageRunsTheScriptCiRunsAfterTheTests() {
        assertTrue(DOCKERFILE.stage("build").arguments("RUN").stream().anyMatch(run -> run.endsWith(" " + BUILD_SCRIPT)),
                "the build stage runs " + BUILD_SCRIPT);
        assertTrue(RepositoryFiles.read(BUILD_SCRIPT).contains("./mvnw -B -ntp -DskipTests \"$@\" package"));
        String ci = RepositoryFiles.read(".ci/run");
        int verify = ci.indexOf("./mvnw -B -ntp verify");
        assertTrue(verify >= 0 && ci.indexOf(BUILD_SCRIPT, verify) > verify, ".ci/run runs " + BUILD_SCRIPT + " after verify");
    }

    @Test
    void theImagesCopyTheJarsTheBuildScriptChecks() {
        Set<String> checked = SCRIPT_JAR.matcher(RepositoryFiles.read(BUILD_SCRIPT)).results()
                .map(MatchResult::group).collect(Collectors.toCollection(TreeSet::new));
        Set<String> copied = new TreeSet<>();
        for (String image : List.of("api", "worker")) {
            copied.add(builtPath(jarCopy(image).source()));
        }
        assertEquals(checked, copied);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "worker"})
    void everythingAnImageCopiesFromTheBuildExistsAfterThePackageBuild(String image) {
        for (Dockerfile.Copy copy : DOCKERFILE.stage(image).copiesFromOtherStages()) {
            assertEquals("build", copy.fromStage());
            Path built = RepositoryFiles.path(builtPath(copy.source()));
            assertTrue(Files.exists(built), built + " is missing: the tests read what ./mvnw package builds");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "worker"})
    void eachEntrypointStartsTheJarItsImageCopiesAsTheLauncherDoes(String image) {
        List<String> entrypoint = DOCKERFILE.stage(image).execForm("ENTRYPOINT").orElseThrow();

        assertEquals("java", entrypoint.getFirst());
        assertTrue(entrypoint.contains("--enable-native-access=ALL-UNNAMED")
                && RepositoryFiles.read("harufilm").contains("--enable-native-access=ALL-UNNAMED"));
        assertTrue(entrypoint.stream().anyMatch(option -> option.startsWith("-XX:MaxRAMPercentage=")), "a container memory flag");
        assertEquals(jarCopy(image).destination(), entrypoint.get(entrypoint.indexOf("-jar") + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "worker"})
    void aJarsClassPathIsInTheLibFolderItsImageCopiesBesideIt(String image) throws IOException {
        Dockerfile.Copy jar = jarCopy(image);
        Path built = RepositoryFiles.path(builtPath(jar.source()));
        String jarFolder = jar.destination().substring(0, jar.destination().lastIndexOf('/') + 1);
        String libSource = jar.source().substring(0, jar.source().lastIndexOf('/') + 1) + "lib/";
        assertTrue(DOCKERFILE.stage(image).copiesFromOtherStages()
                .contains(new Dockerfile.Copy("build", libSource, jarFolder + "lib/")), "the image copies " + libSource);

        String classPath = manifest(built).getValue(Attributes.Name.CLASS_PATH);
        for (String entry : classPath.split(" ")) {
            assertTrue(entry.startsWith("lib/") && Files.isRegularFile(built.resolveSibling(entry)), entry + " is not in the built lib/");
        }
    }

    @Test
    void theSubCommandsTheDeploymentsRunAreOnesTheApiAccepts() throws IOException {
        Set<String> accepted = LauncherCommands.of("bootstrap-api", mainClass("api"));
        YamlNode compose = YamlNode.document(RepositoryFiles.read("compose.yaml"));
        List<String> run = List.of(
                DOCKERFILE.stage("api").execForm("CMD").orElseThrow().getFirst(),
                compose.get("services", "api", "command").texts().getFirst(),
                KubernetesManifests.container(KubernetesManifests.find("Deployment", "haru-api")).get("args").texts().getFirst(),
                KubernetesManifests.container(KubernetesManifests.find("Job", "haru-migrate")).get("args").texts().getFirst());

        assertEquals(List.of("api", "api", "api", "migrate"), run);
        assertTrue(accepted.containsAll(run), "the API launcher accepts " + accepted);
    }

    @Test
    void theWorkerIsStartedWithoutASubCommandAsItsMainTakesNone() throws IOException {
        assertEquals(Set.of(), LauncherCommands.of("bootstrap-worker", mainClass("worker")));
        assertTrue(DOCKERFILE.stage("worker").arguments("CMD").isEmpty());
        assertFalse(YamlNode.document(RepositoryFiles.read("compose.yaml")).get("services", "worker", "command").present());
        assertFalse(KubernetesManifests.container(KubernetesManifests.find("Deployment", "haru-worker")).get("args").present());
    }

    @Test
    void theImagesRunAsAnUnprivilegedUserTheApiCheckedOnLivenessTheWorkerWithFfmpeg() {
        for (String image : List.of("api", "worker")) {
            List<String> users = DOCKERFILE.stage(image).arguments("USER");
            assertTrue(!users.isEmpty() && !users.getLast().startsWith("0") && !users.getLast().startsWith("root"), image + " runs as " + users);
        }
        assertTrue(DOCKERFILE.stage("api").arguments("HEALTHCHECK").getLast().contains("/health/live"));
        assertTrue(DOCKERFILE.stage("worker").arguments("RUN").stream()
                .anyMatch(run -> run.contains("install -y --no-install-recommends ffmpeg") && run.contains("grep -q libx264")));
    }

    @Test
    void theBuildContextKeepsWhatTheBuildReadsAndLeavesOutTheLocalSecrets() {
        List<String> ignore = RepositoryFiles.read(".dockerignore").lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        List<String> needed = Stream.concat(
                Stream.of("pom.xml", "mvnw", "tools/find-jdk.sh", ".mvn/maven.config", ".mvn/wrapper/maven-wrapper.properties", BUILD_SCRIPT),
                modules().stream().flatMap(module -> Stream.of(module + "/pom.xml", module + "/src/main/java/X.java"))).toList();

        for (String path : needed) {
            assertFalse(ignored(ignore, path), ".dockerignore leaves out " + path);
        }
        assertTrue(ignored(ignore, ".env"));
        assertTrue(ignored(ignore, "bootstrap-api/target/haru-api.jar"));
    }

    /** The copy of the image's jar (the one directly under target/). */
    private static Dockerfile.Copy jarCopy(String image) {
        List<Dockerfile.Copy> jars = DOCKERFILE.stage(image).copiesFromOtherStages().stream()
                .filter(copy -> copy.source().endsWith(".jar")).toList();
        assertEquals(1, jars.size(), image + " copies one jar");
        return jars.getFirst();
    }

    /** A path of the build stage, from the repository root (its WORKDIR is where the repository is copied). */
    private static String builtPath(String source) {
        String workdir = DOCKERFILE.stage("build").arguments("WORKDIR").getLast() + "/";
        assertTrue(source.startsWith(workdir), source + " is not under the build stage's " + workdir);
        return source.substring(workdir.length());
    }

    private static String mainClass(String image) throws IOException {
        return manifest(RepositoryFiles.path(builtPath(jarCopy(image).source()))).getValue(Attributes.Name.MAIN_CLASS);
    }

    private static Attributes manifest(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes();
        }
    }

    private static List<String> modules() {
        return MODULE.matcher(RepositoryFiles.read("pom.xml")).results().map(match -> match.group(1)).toList();
    }

    /** Docker's rule, as far as these patterns go: a pattern leaves out what it matches and everything below. */
    private static boolean ignored(List<String> patterns, String path) {
        for (String pattern : patterns) {
            assertFalse(pattern.startsWith("!"), "exceptions are not checked here: " + pattern);
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            for (Path prefix = Path.of(path); prefix != null; prefix = prefix.getParent()) {
                if (matcher.matches(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
