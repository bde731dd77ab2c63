package com.harufilm.bootstrap.api.stack;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code harufilm stack [--workers N]}: runs the local production stack until Ctrl-C, says where
 * each process runs and logs, and says so when one of them dies.
 */
public final class StackCommand {

    private StackCommand() {
    }

    public static void run(String[] args, Map<String, String> env) throws Exception {
        int workers = workers(args);
        StackLayout layout = new StackLayout(Path.of(env.getOrDefault("HARU_STACK_DIR", ".haru-stack")));
        PrintStream out = System.out;
        out.println("Starting the stack in " + layout.root() + " (S3 server, migrations, API, " + workers + " workers)...");
        Stack stack = Stack.start(layout, env, workers, jars(env));
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Ctrl-C reaches the children too (one process group); their exits are expected from here on.
            stopping.set(true);
            out.println("Stopping the stack...");
            stack.close();
            stopped.countDown();
        }, "stack-shutdown"));
        out.println("S3 server   " + stack.s3Endpoint().endpoint() + "   pid " + stack.s3().pid() + "   log " + stack.s3().log());
        out.println("API         " + stack.apiUri() + "   pid " + stack.api().pid() + "   log " + stack.api().log());
        for (ChildProcess worker : stack.workers()) {
            out.println(worker.name() + "    pid " + worker.pid() + "   log " + worker.log());
        }
        out.println("Haru Film stack is running at " + stack.apiUri() + " (Ctrl-C stops it)");
        for (ChildProcess process : stack.processes()) {
            process.onExit().thenAccept(exited -> {
                if (!stopping.get()) {
                    out.println(process.name() + " exited with " + exited.exitValue() + "; see " + process.log());
                }
            });
        }
        stopped.await();
    }

    static int workers(String[] args) {
        if (args.length == 0) {
            return 2;
        }
        if (args.length == 2 && args[0].equals("--workers") && args[1].matches("[1-9][0-9]?")) {
            return Integer.parseInt(args[1]);
        }
        throw new IllegalArgumentException("usage: harufilm stack [--workers N] (N from 1 to 99)");
    }

    /** This jar, and the worker's beside it in the build (or HARU_WORKER_JAR). */
    private static Stack.Jars jars(Map<String, String> env) throws URISyntaxException {
        Path api = Path.of(StackCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path worker = env.containsKey("HARU_WORKER_JAR") ? Path.of(env.get("HARU_WORKER_JAR"))
                : api.resolveSibling("../../bootstrap-worker/target/haru-worker.jar").normalize();
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        return new Stack.Jars(java, api, worker);
    }
}
