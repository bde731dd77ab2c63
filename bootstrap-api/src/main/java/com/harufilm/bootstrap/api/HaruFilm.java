package com.harufilm.bootstrap.api;

import com.harufilm.adapters.persistence.SchemaMigrations;
import com.harufilm.bootstrap.api.stack.StackCommand;
import java.util.Arrays;
import java.util.Map;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point of the launcher: {@code api}, {@code dev}, {@code migrate}, {@code s3} or {@code stack}. */
public final class HaruFilm {

    private static final Logger log = LoggerFactory.getLogger(HaruFilm.class);

    private HaruFilm() {
    }

    public static void main(String[] args) {
        // Instants are stored as UTC DATETIMEs; a JVM zone other than UTC would shift them.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        String command = args.length == 0 ? "api" : args[0];
        Map<String, String> env = System.getenv();
        try {
            switch (command) {
                case "api" -> ApiServer.start(ApiConfig.fromEnvironment(env, false)).awaitShutdown();
                case "dev" -> ApiServer.startEmbedded(ApiConfig.fromEnvironment(env, true)).awaitShutdown();
                case "migrate" -> SchemaMigrations.migrate(ApiConfig.databaseFromEnvironment(env));
                case "s3" -> LocalS3Command.run(env);
                case "stack" -> StackCommand.run(Arrays.copyOfRange(args, 1, args.length), env);
                default -> {
                    System.err.println("usage: harufilm dev|api|migrate|s3|stack [--workers N] (the worker is bootstrap-worker's jar)");
                    System.exit(2);
                }
            }
        } catch (IllegalArgumentException badConfig) {
            System.err.println(badConfig.getMessage());
            System.exit(2);
        } catch (Exception e) {
            log.error("could not start", e);
            System.exit(1);
        }
    }
}
