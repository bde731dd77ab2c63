/** What the core needs from the outside world, named by capability; adapters implement them. */
@NullMarked
package com.harufilm.application.port.out;

import org.jspecify.annotations.NullMarked;
