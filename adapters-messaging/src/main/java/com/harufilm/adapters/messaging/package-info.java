/** Messaging adapters: RabbitMQ topology, confirmed publisher and retrying consumer, and the in-process queue; see README.md. */
@NullMarked
package com.harufilm.adapters.messaging;

import org.jspecify.annotations.NullMarked;
