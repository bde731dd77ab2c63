package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.testsupport.FaultProxy;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connections cut at random moments of transactions and autocommitted calls (inside statements,
 * batches, commits and rollbacks): every failure is reported as the database being unreachable (503 to clients), never
 * as a failed operation (500), whichever JDBC call the cut lands in.
 */
class ConnectionCutsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration RUN = Duration.ofSeconds(12);

    private ProxiedDatabase database;
    private FaultProxy proxy;
    private JdbiHandles handles;

    @BeforeEach
    void throughAProxy() throws Exception {
        database = new ProxiedDatabase(4, TIMEOUT, Duration.ofSeconds(1));
        proxy = database.proxy;
        handles = new JdbiHandles(database.adapters.jdbi());
        handles.withHandle(handle -> handle.execute("CREATE TABLE cut_rows (id BIGINT AUTO_INCREMENT PRIMARY KEY, v INT NOT NULL)"));
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void everyFailureOfACutConnectionIsTheDatabaseBeingUnreachable() throws Exception {
        Map<String, String> misreported = new ConcurrentHashMap<>();
        AtomicInteger unreachable = new AtomicInteger();
        AtomicInteger committed = new AtomicInteger();
        long end = System.nanoTime() + RUN.toNanos();
        List<Thread> clients = java.util.stream.IntStream.range(0, 4).mapToObj(n -> Thread.ofPlatform().start(() -> {
            while (System.nanoTime() < end) {
                try {
                    // Half in a transaction (a cut fails its rollback too), half autocommitted.
                    if (n % 2 == 0) {
                        handles.inTransaction(this::work);
                    } else {
                        handles.withHandle(this::work);
                    }
                    committed.incrementAndGet();
                } catch (DependencyFailure failure) {
                    if (failure.code() == ErrorCode.DATABASE_CONNECTION_FAILED) {
                        unreachable.incrementAndGet();
                    } else {
                        misreported.putIfAbsent(failure.getCause() == null ? "none" : failure.getCause().getClass().getName(), trace(failure));
                    }
                } catch (RuntimeException other) {
                    misreported.putIfAbsent(other.getClass().getName(), trace(other));
                }
            }
        })).toList();
        while (System.nanoTime() < end) {
            Thread.sleep(ThreadLocalRandom.current().nextInt(50, 300));
            proxy.drop();
            Thread.sleep(ThreadLocalRandom.current().nextInt(0, 200));
            proxy.heal();
        }
        for (Thread client : clients) {
            client.join();
        }

        assertEquals(Map.of(), misreported, String.join("\n\n", misreported.values()));
        assertTrue(unreachable.get() > 0 && committed.get() > 0, "cuts landed (" + unreachable + ") and work went on (" + committed + ")");
    }

    /** Statements of every kind a use case sends: insert with keys, a locking read, a batch, an update. */
    private int work(org.jdbi.v3.core.Handle handle) {
        long id = handle.createUpdate("INSERT INTO cut_rows (v) VALUES (1)").executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        handle.createQuery("SELECT v FROM cut_rows WHERE id = :id FOR UPDATE").bind("id", id).mapTo(Integer.class).one();
        var batch = handle.prepareBatch("INSERT INTO cut_rows (v) VALUES (:v)");
        for (int v = 0; v < 20; v++) {
            batch.bind("v", v).add();
        }
        batch.execute();
        return handle.createUpdate("UPDATE cut_rows SET v = v + 1 WHERE id = :id").bind("id", id).execute();
    }

    private static String trace(Throwable failure) {
        var text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
