/** Keeping the database's working tables small: forgetting what was sent long ago. */
@NullMarked
package com.harufilm.application.housekeeping;

import org.jspecify.annotations.NullMarked;
