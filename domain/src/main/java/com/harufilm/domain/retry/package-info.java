/** How long a failed step waits before it is tried again. */
@NullMarked
package com.harufilm.domain.retry;

import org.jspecify.annotations.NullMarked;
