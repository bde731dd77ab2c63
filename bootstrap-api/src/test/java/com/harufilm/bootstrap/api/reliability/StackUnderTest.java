package com.harufilm.bootstrap.api.reliability;

import com.harufilm.adapters.media.ObjectStoreSettings;
import com.harufilm.adapters.media.S3StorageModule;
import com.harufilm.application.testsupport.FaultProxy;
import com.harufilm.adapters.messaging.TopologyCleanup;
import com.harufilm.adapters.messaging.TopologyNames;
import com.harufilm.adapters.persistence.DatabaseSettings;
import com.harufilm.adapters.persistence.TestDatabase;
import com.harufilm.bootstrap.api.stack.ChildProcess;
import com.harufilm.bootstrap.api.stack.Stack;
import com.harufilm.bootstrap.api.stack.StackLayout;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The stack of {@code harufilm stack}, started from the built jars by the same code, on a database
 * and broker names of its own (the MariaDB and RabbitMQ are shared), with dev login on and pushes
 * going through the real FCM adapter to an {@link FcmStandIn}. Scenarios kill and restart its processes.
 */
public final class StackUnderTest implements AutoCloseable {

    private static final String BROKER = "amqp://guest:guest@127.0.0.1:5672/%2F";
    /** Low, so an FCM that hangs costs a send seconds, not the default's minute. */
    private static final String FCM_TIMEOUT_MS = "2000";

    private final TestDatabase database;
    private final FcmStandIn fcm;
    private final TopologyNames topology;
    private final StackLayout layout;
    private final Stack stack;
    private final S3Client s3;
    private final FaultProxy databaseProxy;
    private final FaultProxy brokerProxy;
    private final FaultProxy storeProxy;

    private StackUnderTest(TestDatabase database, FcmStandIn fcm, FaultProxy databaseProxy, FaultProxy brokerProxy, FaultProxy storeProxy,
                           TopologyNames topology, StackLayout layout, Stack stack) {
        this.database = database;
        this.fcm = fcm;
        this.databaseProxy = databaseProxy;
        this.brokerProxy = brokerProxy;
        this.storeProxy = storeProxy;
        this.topology = topology;
        this.layout = layout;
        this.stack = stack;
        var endpoint = stack.s3Endpoint();
        this.s3 = S3StorageModule.s3Client(new ObjectStoreSettings(URI.create(endpoint.endpoint()), "us-east-1", endpoint.bucket(),
                endpoint.accessKeyId(), endpoint.secretAccessKey(), true));
    }

    /**
     * Starts the S3 server, the API and {@code workers} workers under {@code root}. Every process reaches
     * the database, the broker and the S3 server through a {@link FaultProxy} each, which the scenarios
     * cut (the migrations run before any fault); the accountant's queries and listings go direct. The
     * presigned URLs the API hands out name the store's proxy too, so the users' part PUTs meet its faults.
     */
    public static StackUnderTest start(Path root, int workers) throws Exception {
        return start(root, workers, Map.of());
    }

    /** As {@link #start(Path, int)}, with {@code overrides} set last in every process's environment (a benchmark's production settings). */
    public static StackUnderTest start(Path root, int workers, Map<String, String> overrides) throws Exception {
        TestDatabase database = TestDatabase.mariaDb();
        FcmStandIn fcm = new FcmStandIn();
        DatabaseSettings db = database.settings();
        var databaseProxy = new FaultProxy(URI.create(db.jdbcUrl().substring("jdbc:".length())).getPort());
        var brokerProxy = new FaultProxy(URI.create(BROKER).getPort());
        int s3Port = freePort();
        var storeProxy = new FaultProxy(s3Port);
        TopologyNames topology = new TopologyNames("rel-" + UUID.randomUUID().toString().substring(0, 8) + ".");
        try {
            Map<String, String> env = new HashMap<>(fcm.apiSettings());
            env.putAll(Map.of("HARU_DB_URL", db.jdbcUrl().replaceFirst(":\\d+/", ":" + databaseProxy.port() + "/"),
                    "HARU_DB_USER", db.user(), "HARU_DB_PASSWORD", db.password(),
                    "HARU_RABBITMQ_URI", BROKER.replace(":5672/", ":" + brokerProxy.port() + "/"), "HARU_RABBITMQ_QUEUE_PREFIX", topology.prefix(),
                    "PORT", Integer.toString(freePort()), "HARU_BIND_HOST", "127.0.0.1", "HARU_FCM_TIMEOUT_MS", FCM_TIMEOUT_MS));
            // The S3 server listens where its proxy forwards; the processes are given the proxy instead of it.
            env.putAll(Map.of("HARU_LOCAL_S3_PORT", Integer.toString(s3Port), "HARU_S3_ENDPOINT", "http://127.0.0.1:" + storeProxy.port()));
            env.putAll(Map.of("HARU_DEV_LOGIN", "true", "HARU_DEV_LOGIN_I_KNOW_THIS_IS_NOT_PRODUCTION", "true",
                    // The load signs dozens of users in from one address; sweeps run often so the accountant waits little.
                    "HARU_AUTH_RATE_LIMIT_PER_MINUTE", "100000", "HARU_SWEEP_INTERVAL_SECONDS", "2",
                    "HARU_X264_PRESET", "ultrafast", "HARU_JAVA_OPTS", "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
            env.putAll(overrides);
            var layout = new StackLayout(root);
            var jars = new Stack.Jars(Path.of(ProcessHandle.current().info().command().orElse("java")),
                    Path.of("target", "haru-api.jar").toAbsolutePath(),
                    Path.of("..", "bootstrap-worker", "target", "haru-worker.jar").toAbsolutePath().normalize());
            return new StackUnderTest(database, fcm, databaseProxy, brokerProxy, storeProxy, topology, layout,
                    Stack.start(layout, env, workers, jars));
        } catch (Exception e) {
            storeProxy.close();
            brokerProxy.close();
            databaseProxy.close();
            fcm.close();
            database.close();
            throw e;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public URI api() {
        return stack.apiUri();
    }

    public ChildProcess apiProcess() {
        return stack.api();
    }

    public List<ChildProcess> workers() {
        return stack.workers();
    }

    public Path workDir(int index) {
        return layout.workDir(index + 1);
    }

    public FcmStandIn fcm() {
        return fcm;
    }

    /** Between the API and the database. */
    public FaultProxy databaseProxy() {
        return databaseProxy;
    }

    /** Between every process and the broker. */
    public FaultProxy brokerProxy() {
        return brokerProxy;
    }

    /** Between every process (and the users' presigned part PUTs) and the S3 server. */
    public FaultProxy storeProxy() {
        return storeProxy;
    }

    public S3Client s3() {
        return s3;
    }

    public String bucket() {
        return stack.s3Endpoint().bucket();
    }

    /** Restarts a process that was killed, and waits until it is ready again. */
    public void restart(ChildProcess process) throws Exception {
        process.start(Duration.ofSeconds(90));
    }

    /** The rows {@code sql} selects, each as column label to value. */
    public List<Map<String, Object>> query(String sql, Object... parameters) throws SQLException {
        DatabaseSettings db = database.settings();
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                        row.put(result.getMetaData().getColumnLabel(column), result.getObject(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    public long count(String sql, Object... parameters) throws SQLException {
        return ((Number) query(sql, parameters).getFirst().values().iterator().next()).longValue();
    }

    public long videosEncoding() throws SQLException {
        return count("SELECT COUNT(*) FROM videos WHERE status = 'ENCODING'");
    }

    /** Waits until a video is being encoded and returns how many are; fails the scenario, which would inject nothing, if none is. */
    public long requireEncoding() throws Exception {
        if (!awaitEncoding()) {
            throw new IllegalStateException("no video was ever seen encoding: the scenario injected nothing");
        }
        return videosEncoding();
    }

    /** Waits until a video is being encoded, for a minute at most; false if none was. */
    public boolean awaitEncoding() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (videosEncoding() > 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Override
    public void close() throws Exception {
        try {
            s3.close();
            stack.close();
            deleteTopology();
        } finally {
            storeProxy.close();
            brokerProxy.close();
            databaseProxy.close();
            fcm.close();
            database.close();
        }
    }

    /** Waits until the broker takes an AMQP connection again (after a restart), for {@code limit} at most. */
    public void awaitBroker(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        var factory = new ConnectionFactory();
        factory.setUri(BROKER);
        while (true) {
            try {
                factory.newConnection("harufilm-reliability-probe").close();
                return;
            } catch (IOException | TimeoutException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker takes no connections " + limit + " after its restart", notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    /** Removes what the processes declared on the shared broker under this stack's prefix. */
    private void deleteTopology() throws Exception {
        var factory = new ConnectionFactory();
        factory.setUri(BROKER);
        try (Connection admin = factory.newConnection("harufilm-reliability-admin"); Channel channel = admin.createChannel()) {
            TopologyCleanup.delete(channel, topology);
        }
    }
}
