package com.harufilm.application.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder to a local service (the database, the broker, the store) that a test can make
 * fail the ways networks do, without stopping the service other tests share: {@link #stall}
 * (connections stay open, bytes are taken in and never passed on, as with a hung server),
 * {@link #drop} (open connections are cut and new ones closed at once, as with a server gone),
 * {@link #answer} (every new request answered with an error, as with a server failing inside),
 * and {@link #heal}. Shared test support, in application's test-jar because every module's tests have it.
 */
public final class FaultProxy implements AutoCloseable {

    private enum Mode { FORWARD, STALL, DROP, ANSWER }

    private final ServerSocket server;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.FORWARD;
    private volatile HttpAnswer answer = HttpAnswer.S3_INTERNAL_ERROR;

    public FaultProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    public void stall() {
        mode = Mode.STALL;
    }

    public void drop() {
        mode = Mode.DROP;
        closeAll();
    }

    /** Cuts open connections, so that no kept-alive one gets past, and answers every new request with {@code failure}. */
    public void answer(HttpAnswer failure) {
        answer = failure;
        mode = Mode.ANSWER;
        closeAll();
    }

    public void heal() {
        mode = Mode.FORWARD;
    }

    /** Drops every connection and hangs up on new ones for {@code refuseFor}, like a service gone and back. */
    public void cut(Duration refuseFor) {
        drop();
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(refuseFor);
                heal();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (mode == Mode.DROP) {
                    client.close();
                    continue;
                }
                if (mode == Mode.ANSWER) {
                    HttpAnswer failure = answer;
                    Thread.ofVirtual().start(() -> failure.reply(client));
                    continue;
                }
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(target);
                Thread.ofVirtual().start(() -> pump(client, target));
                Thread.ofVirtual().start(() -> pump(target, client));
            } catch (IOException closed) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                while (mode == Mode.STALL && !from.isClosed()) {
                    Thread.sleep(20);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException gone) {
            // One side hung up (or the proxy cut it): so does this direction.
        } finally {
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    private void closeAll() {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing is all that was wanted.
            }
        }
        sockets.clear();
    }

    @Override
    public void close() throws IOException {
        server.close();
        closeAll();
    }
}
