/** Keeping the database's working tables small: forgetting rows whose use ended long ago. */
@NullMarked
package com.harufilm.application.housekeeping;

import org.jspecify.annotations.NullMarked;
