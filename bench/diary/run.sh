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
# It creates database haru_bench, applies all the product's Flyway migrations with the
# mariadb client so the indexes are the product's, loads the data server-side with seq_* tables
# (bench/diary/load.sh, shared with bench/read/run.sh),
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
. "$ROOT/bench/diary/load.sh"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR="$HOME/.m2/repository/com/mysql/mysql-connector-j/26.10.0/mysql-connector-j-26.10.0.jar"

[[ -f "$JAR" ]] || { echo "missing $JAR (run the Maven build once)" >&2; exit 1; }

cleanup() { if [[ $KEEP -eq 0 ]]; then sql -e "DROP DATABASE IF EXISTS $DB"; echo "dropped $DB"; fi; }
trap cleanup EXIT

create_database "$DB"
load_videos "$DB" "$PER_USER"
USERS=$((1000000 / PER_USER))

echo "== run DiaryBench"
"$JAVA_HOME/bin/java" -cp "$JAR" "$ROOT/bench/diary/DiaryBench.java" \
  "jdbc:mysql://$DB_HOST:$DB_PORT/$DB" "$DB_USER" "$DB_PASS" "$SAMPLES" "$USERS"
