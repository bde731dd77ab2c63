package com.harufilm.bootstrap.api.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackEnvironmentTest {

    @TempDir
    Path root;

    private final S3Endpoint s3 = new S3Endpoint("http://127.0.0.1:9000", "harufilm", "key", "secret");

    @Test
    void theApiGetsLocalValuesForWhatProductionRequiresAndPushesToTheLog() {
        var layout = new StackLayout(root);
        Map<String, String> api = new StackEnvironment(Map.of(), layout).api(s3, "stack:c2VjcmV0");

        assertEquals("http://127.0.0.1:9000", api.get("HARU_S3_ENDPOINT"));
        assertEquals("secret", api.get("HARU_S3_SECRET_ACCESS_KEY"));
        assertEquals("stack:c2VjcmV0", api.get("HARU_JWT_KEYS"));
        assertEquals("log", api.get("HARU_PUSH"));
        assertEquals(layout.pushOutbox().toString(), api.get("HARU_PUSH_OUTBOX_FILE"));
        assertEquals("8080", api.get("PORT"));
        assertFalse(api.containsKey("HARU_DEV_LOGIN"), "dev login stays the operator's explicit choice");
    }

    @Test
    void whatTheOperatorSetWinsAndAnFcmAccountMeansNoLogSender() {
        Map<String, String> given = Map.of("PORT", "9090", "HARU_FCM_SERVICE_ACCOUNT", "/etc/fcm.json", "HARU_S3_BUCKET", "mine");
        Map<String, String> api = new StackEnvironment(given, new StackLayout(root)).api(s3, "stack:c2VjcmV0");

        assertEquals("9090", api.get("PORT"));
        assertEquals("mine", api.get("HARU_S3_BUCKET"));
        assertFalse(api.containsKey("HARU_PUSH"));
    }

    @Test
    void eachWorkerHasAScratchFolderOfItsOwnWhateverIsGiven() {
        var environment = new StackEnvironment(Map.of("HARU_WORK_DIR", "/tmp/shared"), new StackLayout(root));

        assertNotEquals(environment.worker(1, s3).get("HARU_WORK_DIR"), environment.worker(2, s3).get("HARU_WORK_DIR"));
        assertEquals(root.resolve("work/worker-2").toString(), environment.worker(2, s3).get("HARU_WORK_DIR"));
        assertEquals(root.resolve("s3").toString(), environment.s3().get("HARU_LOCAL_S3_DIR"));
    }

    @Test
    void theSigningKeyIsMadeOnceReadableByItsOwnerOnlyAndKept() throws Exception {
        var layout = new StackLayout(root);
        String first = StackSecrets.jwtKeys(layout);

        assertTrue(first.matches("stack:[A-Za-z0-9+/]{43}="), first);
        assertEquals(first, StackSecrets.jwtKeys(layout));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(layout.jwtKeys())));
    }

    @Test
    void workersDefaultToTwoAndAreCountedFromTheArguments() {
        assertEquals(2, StackCommand.workers(new String[0]));
        assertEquals(5, StackCommand.workers(new String[] {"--workers", "5"}));
        assertThrows(IllegalArgumentException.class, () -> StackCommand.workers(new String[] {"--workers", "0"}));
        assertThrows(IllegalArgumentException.class, () -> StackCommand.workers(new String[] {"-w", "3"}));
    }
}
