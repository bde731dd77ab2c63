package com.harufilm.adapters.web;

import java.time.Duration;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * How Jetty treats connections over time: a connection idle (a client sending nothing, also
 * mid-headers or mid-body) for {@code idleTimeout} is closed, so a slow client cannot hold a
 * request thread; and a stop first closes the listener (new connections are refused), answers
 * requests arriving on open connections with 503 and {@code Connection: close}, and lets those in
 * flight finish for up to {@code shutdownGrace} before it closes the rest.
 */
final class GracefulJetty {

    private GracefulJetty() {
    }

    static void configure(Server server, Duration idleTimeout, Duration shutdownGrace) {
        server.setStopTimeout(shutdownGrace.toMillis());
        // Javalin nests its own handler inside the one the server has, so every request is counted.
        // Once stopping, it gives every connection 1 s of idleness: idle keep-alive connections close
        // at once (the stop waits for them), and so does a request whose client pauses longer mid-body.
        server.setHandler(new GracefulHandler());
        // Javalin adds its connector before it starts the server, after this runs.
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof AbstractConnector network) {
                        network.setIdleTimeout(idleTimeout.toMillis());
                    }
                }
            }
        });
    }
}
