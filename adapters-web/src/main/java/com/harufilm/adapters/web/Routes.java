package com.harufilm.adapters.web;

import io.javalin.router.JavalinDefaultRoutingApi;

/** A group of endpoints that adds itself to the API; each feature contributes one. */
public interface Routes {

    void addTo(JavalinDefaultRoutingApi routes);
}
