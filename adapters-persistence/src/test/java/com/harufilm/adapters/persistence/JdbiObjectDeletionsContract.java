package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.ObjectDeletionsContract;

/** The ObjectDeletions contract on a database's object_deletions rows. */
abstract class JdbiObjectDeletionsContract extends ObjectDeletionsContract<JdbiPorts> {

    @Override
    protected boolean queued(String objectPrefix) {
        return ports.count("SELECT COUNT(*) FROM object_deletions WHERE object_prefix = ?", objectPrefix) > 0;
    }
}
