/** Share links: made, listed and revoked by the owner; opened by anyone who holds one. */
@NullMarked
package com.harufilm.application.share;

import org.jspecify.annotations.NullMarked;
