package com.harufilm.adapters.messaging;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the broker may take, so no call waits on it forever.
 *
 * @param connect   opening the TCP connection
 * @param handshake the AMQP handshake after it (the client's own default is 10 s)
 * @param heartbeat the heartbeat asked of the broker: a connection silent for about two of them
 *                  counts as dead, and automatic recovery starts
 * @param rpc       the broker's reply to a channel call (declare, qos, consume, cancel); the client
 *                  would wait 10 minutes
 * @param confirm   the broker's confirm of one published message
 */
public record BrokerTimeouts(Duration connect, Duration handshake, Duration heartbeat, Duration rpc, Duration confirm) {

    public static final BrokerTimeouts DEFAULT = new BrokerTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(5));

    public BrokerTimeouts {
        for (Duration timeout : new Duration[] {connect, handshake, heartbeat, rpc, confirm}) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("broker timeouts must be positive: " + timeout);
            }
        }
    }
}
