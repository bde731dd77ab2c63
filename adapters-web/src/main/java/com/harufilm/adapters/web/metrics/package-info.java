/** The operator's measurements on Micrometer, scraped from /metrics with the request timers. */
@NullMarked
package com.harufilm.adapters.web.metrics;

import org.jspecify.annotations.NullMarked;
