#!/usr/bin/env bash
# Diary read benchmark: memories draw and month calendar vs the naive
# ORDER BY RAND() LIMIT 3 (the "naive" query in the output), on 10,000 users x 100 COMPLETE videos = 1,000,000 videos.
#
# Usage:  bench/diary/run.sh [--keep] [--samples N] [--per-user N]   (N videos per user, 1,000,000 in all; default 100)
#   --keep        keep the haru_bench database afterwards (default: drop it)
#   --samples N   timed runs per query, each on a random user (default 2000)
# Env:    DB_HOST (127.0.0.1) DB_PORT (3306) DB_USER (root) DB_PASS (empty)
#         JAVA_HOME (/usr/lib/jvm/temurin-25-jdk-amd64)
# Needs:  the mariadb client, a MariaDB with the SEQUENCE engine, mysql-connector-j 26.10.0 in ~/.m2.
# It creates database haru_bench, applies the product's Flyway migrations (V1..V3) with the
# mariadb client so the indexes are the product's, loads the data server-side with seq_* tables,
# then runs bench/diary/DiaryBench.java (latency table + EXPLAIN). This is a benchmark, not a test.
set -euo pipefail

KEEP=0; SAMPLES=2000; PER_USER=100
while [[ $# -gt 0 ]]; do
  case "$1" in
    --keep) KEEP=1; shift ;;
    --samples) SAMPLES="$2"; shift 2 ;;
    --per-user) PER_USER="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DB=haru_bench
DB_HOST="${DB_HOST:-127.0.0.1}"; DB_PORT="${DB_PORT:-3306}"; DB_USER="${DB_USER:-root}"; DB_PASS="${DB_PASS:-}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR="$HOME/.m2/repository/com/mysql/mysql-connector-j/26.10.0/mysql-connector-j-26.10.0.jar"
MIGRATIONS="$ROOT/adapters-persistence/src/main/resources/db/migration"

sql() { mariadb -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASS:+-p"$DB_PASS"} "$@"; }

[[ -f "$JAR" ]] || { echo "missing $JAR (run the Maven build once)" >&2; exit 1; }

cleanup() { if [[ $KEEP -eq 0 ]]; then sql -e "DROP DATABASE IF EXISTS $DB"; echo "dropped $DB"; fi; }
trap cleanup EXIT

echo "== create $DB and apply migrations"
sql -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
for f in "$MIGRATIONS"/V1__*.sql "$MIGRATIONS"/V2__*.sql "$MIGRATIONS"/V3__*.sql; do
  echo "   $(basename "$f")"; sql "$DB" < "$f"
done

USERS=$((1000000 / PER_USER))
CHUNK=$(( (100000 / PER_USER) > 0 ? (100000 / PER_USER) : 1 ))
echo "== load $USERS users and 1,000,000 videos ($PER_USER each)"
start=$(date +%s.%N)
sql "$DB" <<SQL
INSERT INTO users (email, timezone, reminder_time, reminders_enabled, locale, complete_videos, created_at, updated_at)
SELECT CONCAT('user-', seq, '@bench'), 'Asia/Seoul', '20:00:00', TRUE, 'ko', $PER_USER, NOW(3), NOW(3)
FROM seq_1_to_$USERS ORDER BY seq;
SQL
# 100 videos per user, one a week from 2023-01-01 shifted by user id mod 7 (distinct dates,
# ~23 months); inserted per 1,000 users in (user_id, date) order so each statement stays small.
for lo in $(seq 1 "$CHUNK" "$USERS"); do
  hi=$((lo + CHUNK - 1))
  sql "$DB" <<SQL
INSERT INTO videos (user_id, upload_date, status, source_key, output_prefix, memory_ordinal,
                    status_changed_at, created_at, updated_at)
SELECT u.seq, DATE('2023-01-01') + INTERVAL ((n.seq - 1) * 7 + u.seq % 7) DAY, 'COMPLETE',
       CONCAT('users/', u.seq, '/videos/', n.seq, '/source'), CONCAT('users/', u.seq, '/videos/', n.seq, '/'),
       n.seq, NOW(3), NOW(3), NOW(3)
FROM seq_${lo}_to_${hi} u JOIN seq_1_to_${PER_USER} n ORDER BY u.seq, n.seq;
SQL
done
sql "$DB" -e "ANALYZE TABLE users, videos" > /dev/null
end=$(date +%s.%N)
sql "$DB" -e "SELECT (SELECT COUNT(*) FROM users) AS users, (SELECT COUNT(*) FROM videos) AS videos,
                     (SELECT MIN(upload_date) FROM videos) AS first_date, (SELECT MAX(upload_date) FROM videos) AS last_date"
printf "load time: %.1f s\n" "$(echo "$end - $start" | bc)"

echo "== run DiaryBench"
"$JAVA_HOME/bin/java" -cp "$JAR" "$ROOT/bench/diary/DiaryBench.java" \
  "jdbc:mysql://$DB_HOST:$DB_PORT/$DB" "$DB_USER" "$DB_PASS" "$SAMPLES" "$USERS"
