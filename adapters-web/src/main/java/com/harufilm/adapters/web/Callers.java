package com.harufilm.adapters.web;

import com.harufilm.application.auth.Authenticate;
import com.harufilm.domain.user.UserId;
import io.javalin.http.Context;

/** Authenticates every matched route not marked PUBLIC, and hands handlers the caller. */
public final class Callers {

    private static final String ATTRIBUTE = "caller";
    private static final String BEARER = "Bearer ";

    private final Authenticate authenticate;

    Callers(Authenticate authenticate) {
        this.authenticate = authenticate;
    }

    void authenticate(Context ctx) {
        if (ctx.routeRoles().contains(Access.PUBLIC)) {
            return;
        }
        String header = ctx.header("Authorization");
        String token = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).trim()
                : null;
        ctx.attribute(ATTRIBUTE, authenticate.caller(token));
    }

    /** The authenticated caller of a non-public route. */
    public static UserId of(Context ctx) {
        UserId caller = ctx.attribute(ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("route " + ctx.path() + " is public or was not authenticated");
        }
        return caller;
    }
}
