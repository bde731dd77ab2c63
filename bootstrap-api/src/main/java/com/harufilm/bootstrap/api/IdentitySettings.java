package com.harufilm.bootstrap.api;

import java.time.Duration;
import java.time.ZoneId;

/** How logins behave: refresh token lifetime, the reuse grace window, new users' time zone. */
public record IdentitySettings(Duration refreshLifetime, Duration refreshReuseGrace, ZoneId defaultZone) {
}
