/** The Auth routes of the contract: Google and dev login, refresh, logout. */
@NullMarked
package com.harufilm.adapters.web.auth;

import org.jspecify.annotations.NullMarked;
