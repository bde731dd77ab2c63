package com.harufilm.bootstrap.api.stack;

import java.nio.file.Path;

/** Where a local stack keeps its files: the S3 server's objects, the logs, each worker's scratch, the secrets. */
public record StackLayout(Path root) {

    public StackLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path s3Objects() {
        return root.resolve("s3");
    }

    public Path log(String process) {
        return root.resolve("logs").resolve(process + ".log");
    }

    public Path workDir(int worker) {
        return root.resolve("work").resolve("worker-" + worker);
    }

    public Path jwtKeys() {
        return root.resolve("jwt-keys");
    }

    public Path pushOutbox() {
        return root.resolve("push-outbox.jsonl");
    }
}
