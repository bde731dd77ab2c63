/** The transactional outbox: messages written with the rows that cause them, relayed to the broker once it confirms. */
@NullMarked
package com.harufilm.application.outbox;

import org.jspecify.annotations.NullMarked;
