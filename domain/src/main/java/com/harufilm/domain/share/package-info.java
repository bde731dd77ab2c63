/** Share links: a day handed to anyone who holds the link, until it expires or is revoked. */
@NullMarked
package com.harufilm.domain.share;

import org.jspecify.annotations.NullMarked;
