package com.harufilm.adapters.persistence;

import com.harufilm.adapters.persistence.wiring.DaggerPersistenceTestComponent;
import com.harufilm.adapters.persistence.wiring.PersistenceTestComponent;
import com.harufilm.application.testsupport.FaultProxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/** A fresh MariaDB database reached through a FaultProxy, migrated, with the adapters wired over the proxy. */
final class ProxiedDatabase implements AutoCloseable {

    final FaultProxy proxy;
    final PersistenceTestComponent adapters;
    private final TestDatabase database;

    /** {@code timeout} is the driver's connect and socket timeout. */
    ProxiedDatabase(int poolSize, Duration timeout, Duration poolWait) throws Exception {
        database = TestDatabase.mariaDb();
        proxy = new FaultProxy(URI.create(database.settings().jdbcUrl().substring("jdbc:".length())).getPort());
        var direct = database.settings();
        var viaProxy = new DatabaseSettings(direct.jdbcUrl().replaceFirst(":\\d+/", ":" + proxy.port() + "/"),
                direct.user(), direct.password(), poolSize, timeout, timeout, poolWait);
        adapters = DaggerPersistenceTestComponent.factory().create(viaProxy, Clock.systemUTC());
        adapters.schemaMigrations().migrate();
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable closeable : adapters.closeables()) {
            closeable.close();
        }
        proxy.close();
        database.close();
    }
}
