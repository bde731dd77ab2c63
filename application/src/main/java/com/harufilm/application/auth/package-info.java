/** Logging in (Google, dev), refreshing and ending logins. */
@NullMarked
package com.harufilm.application.auth;

import org.jspecify.annotations.NullMarked;
