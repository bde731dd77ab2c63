package com.harufilm.adapters.persistence;

/** The QuestionBank contract on H2 in MySQL mode, the embedded run's database. */
class H2QuestionBankIT extends QuestionBankContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
