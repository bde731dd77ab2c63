/**
 * Driven adapters for the auth ports: Google sign-in (code exchange and ID token checks) and our
 * own access tokens. They sit in the web module because only the API uses them and they share its
 * HTTP and JWT libraries; no route lives here.
 */
@NullMarked
package com.harufilm.adapters.web.tokens;

import org.jspecify.annotations.NullMarked;
