package com.harufilm.adapters.persistence;

import com.harufilm.adapters.persistence.wiring.PersistenceTestComponent;
import com.harufilm.application.contract.PortContract;

/**
 * What the database-only contracts share: the adapters on a migrated database of the test
 * class's own. Subclasses name the database.
 */
abstract class PersistenceContract extends PortContract<JdbiPorts> {

    PersistenceTestComponent adapters;

    protected abstract TestDatabase createDatabase();

    @Override
    protected JdbiPorts openPorts() {
        JdbiPorts jdbi = JdbiPorts.open(createDatabase());
        adapters = jdbi.adapters;
        return jdbi;
    }

    long count(String sql, Object value) {
        return ports.count(sql, value);
    }
}
