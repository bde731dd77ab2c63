package com.harufilm.adapters.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;

/**
 * A TCP proxy on loopback that passes requests on at once and answers at a slow link's pace:
 * {@code bytesPerSecond}, in small chunks, so the client always has something to read.
 */
final class ThrottlingProxy implements AutoCloseable {

    private static final int CHUNK = 4096;

    private final ServerSocket listener;
    private final InetSocketAddress upstream;
    private final int bytesPerSecond;

    ThrottlingProxy(URI upstream, int bytesPerSecond) throws IOException {
        this.upstream = new InetSocketAddress(upstream.getHost(), upstream.getPort());
        this.bytesPerSecond = bytesPerSecond;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(upstream.getAddress(), upstream.getPort());
                Thread.ofVirtual().start(() -> pump(client, server, Long.MAX_VALUE));
                Thread.ofVirtual().start(() -> pump(server, client, bytesPerSecond));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to, long rate) {
        try (from; to; InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[CHUNK];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
                if (rate != Long.MAX_VALUE) {
                    Thread.sleep(1000L * read / rate);
                }
            }
        } catch (IOException | InterruptedException gone) {
            // Either side hung up: the other is closed with it.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
