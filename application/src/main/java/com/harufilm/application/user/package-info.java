/** A user's own profile, devices and account. */
@NullMarked
package com.harufilm.application.user;

import org.jspecify.annotations.NullMarked;
