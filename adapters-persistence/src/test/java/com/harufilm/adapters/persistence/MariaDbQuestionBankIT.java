package com.harufilm.adapters.persistence;

/** The QuestionBank contract on MariaDB, the production database's stand-in. */
class MariaDbQuestionBankIT extends QuestionBankContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
