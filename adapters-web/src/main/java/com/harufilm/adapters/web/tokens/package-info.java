/** Auth adapters: Google sign-in (code exchange and ID token checks) and our own access tokens. */
@NullMarked
package com.harufilm.adapters.web.tokens;

import org.jspecify.annotations.NullMarked;
