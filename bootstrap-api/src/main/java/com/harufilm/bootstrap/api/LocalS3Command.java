package com.harufilm.bootstrap.api;

import com.harufilm.adapters.media.LocalS3Server;
import com.harufilm.bootstrap.worker.Env;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code harufilm s3}: the local S3 API server of the embedded run as a process of its own, so the
 * API and workers of {@code harufilm stack} reach their objects over the network as in production.
 */
final class LocalS3Command {

    private LocalS3Command() {
    }

    static void run(Map<String, String> variables) throws Exception {
        Env env = new Env(variables);
        Path directory = Path.of(env.string("HARU_LOCAL_S3_DIR", ".haru-s3")).toAbsolutePath().normalize();
        int port = env.integer("HARU_LOCAL_S3_PORT", 0, 0, 65535);
        String bucket = env.string("HARU_S3_BUCKET", "harufilm");
        List<String> origins = env.list("HARU_WEB_ORIGINS", List.of());
        env.failOnProblems();
        LocalS3Server server = LocalS3Server.start(directory, port, bucket, origins);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("could not stop the S3 server: " + e);
            }
            stopped.countDown();
        }, "shutdown"));
        var settings = server.settings();
        System.out.println("Haru Film S3 server is running at " + settings.endpoint() + " bucket=" + bucket
                + " accessKeyId=" + settings.accessKeyId() + " secretAccessKey=" + settings.secretAccessKey() + " dir=" + directory);
        stopped.await();
    }
}
