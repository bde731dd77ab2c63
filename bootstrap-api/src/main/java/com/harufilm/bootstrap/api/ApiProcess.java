package com.harufilm.bootstrap.api;

import com.harufilm.adapters.persistence.SchemaMigrations;
import com.harufilm.adapters.web.HttpApi;
import java.util.Set;

/** What main() needs from an assembled API process, whichever adapters it was built from. */
interface ApiProcess {

    HttpApi httpApi();

    SchemaMigrations schemaMigrations();

    /** Pools and connections to close, after the server stopped taking requests. */
    Set<AutoCloseable> resources();
}
