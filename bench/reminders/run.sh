#!/usr/bin/env bash
# Reminder benchmark: selecting and dispatching the evening reminder for 100,000
# users with 1.5 devices each, a naive loop (one query for who has not filmed, then per user a
# token query and a send) against QueueDueReminders + DispatchNotices, in the same run, on the same
# data, through the same push sender. Prints queries, FCM calls and wall time with ours/baseline ratios.
#
# Usage:  bench/reminders/run.sh [--users N] [--fcm http|memory] [--jdbc-options k=v&...]
#   --users N         users, all due at 20:00 in Seoul (default 100000); every other one has two devices
#   --fcm http        the product's FcmPushSender against a WireMock FCM stub on 127.0.0.1 (default)
#   --fcm memory      an in-process sender that answers at once, to see the database's share alone
#   --jdbc-options O  appended to the JDBC URL, e.g. rewriteBatchedStatements=true
# Env:    HARU_TEST_DB_SERVER (jdbc:mysql://127.0.0.1:3306/) HARU_TEST_DB_USER (root)
#         HARU_TEST_DB_PASSWORD (empty); JAVA_HOME (a JDK 21+, found as .ci/run finds one if unset)
# Needs:  MariaDB with the SEQUENCE engine (seq_1_to_N tables); Maven's cache filled by one online build.
# It compiles bootstrap-api and the modules it needs, creates a fresh haru_it_* database (dropped at
# the end), runs bootstrap-api's test class ReminderBench and exits non-zero if the two runs did not
# send the same messages to the same tokens. A benchmark, not a test: ./mvnw verify never runs it.
. "$(dirname "$0")/../lib.sh"
bench_run test-compile com.harufilm.bootstrap.api.ReminderBench "$@"
