/** Messaging adapters: RabbitMQ now; the outbox relay and the in-process queue arrive with encoding. */
@NullMarked
package com.harufilm.adapters.messaging;

import org.jspecify.annotations.NullMarked;
