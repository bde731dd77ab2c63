package com.harufilm.adapters.web;

import io.javalin.security.RouteRole;

/** Marks the few routes callable without a token; every other route requires one. */
public enum Access implements RouteRole {
    PUBLIC
}
