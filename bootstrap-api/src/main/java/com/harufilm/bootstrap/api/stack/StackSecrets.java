package com.harufilm.bootstrap.api.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets a production API requires, made once into the stack's folder (never into the
 * repository) and read back at every start, so logins survive a restart of the stack.
 */
final class StackSecrets {

    private StackSecrets() {
    }

    /** HARU_JWT_KEYS for the stack's API: one key of 32 random bytes. */
    static String jwtKeys(StackLayout layout) throws IOException {
        Path file = layout.jwtKeys();
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Files.createDirectories(file.getParent());
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        String keys = "stack:" + Base64.getEncoder().encodeToString(secret);
        Files.writeString(file, keys);
        return keys;
    }
}
