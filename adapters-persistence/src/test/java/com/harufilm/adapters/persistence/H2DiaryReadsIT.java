package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.DiaryReadsContract;

/** The diary's reads on H2 in MySQL mode, the embedded run's database. */
class H2DiaryReadsIT extends DiaryReadsContract<JdbiPorts> {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.h2());
    }
}
