package com.harufilm.adapters.persistence;

import com.harufilm.application.contract.DiaryReadsContract;

/** The diary's reads on MariaDB, the production database's stand-in. */
class MariaDbDiaryReadsIT extends DiaryReadsContract<JdbiPorts> {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }
}
