#!/usr/bin/env bash
# Read-path benchmark (issue 14): calendar, today-feed and by-date of the production API under an
# open-loop constant-rate load from a second JVM, on 10,000 users x 100 COMPLETE videos = 1,000,000.
# Prints per route and overall: requests, p50, p99, max (ms, from each request's scheduled send time)
# and errors (non-2xx or no answer within 2 s), with the CPU seconds the API, MariaDB and the load
# generator spent. Target: p99 < 50 ms at 500 requests/s.
#
# Usage:  bench/read/run.sh [--keep] [--rates 200,500] [--seconds 30] [--warmup 60]
#   --keep        keep the database and the processes' logs afterwards (default: drop them)
#   --rates R,..  requests/s of each measured phase, in order (the warm-up runs at the first)
#   --seconds N   length of each measured phase
#   --warmup N    seconds of uncounted load first (default 60: after 20 s the JIT still takes half a core), so the API is compiled and the pages are cached
# Env:    DB_HOST (127.0.0.1) DB_PORT (3306) DB_USER (root) DB_PASS (empty); HARU_RABBITMQ_URI (the
#         API needs a broker, default amqp://guest:guest@127.0.0.1:5672/%2F)
# Needs:  the mariadb client, a MariaDB with the SEQUENCE engine, RabbitMQ (rabbitmqctl to remove this
#         run's queues afterwards), a JDK 21+ (tools/find-jdk.sh).
# It creates database haru_bench_read, starts `harufilm s3` and `harufilm api` (which applies the
# migrations with Flyway) as processes of their own, loads the data (bench/diary/load.sh), moves each
# user's last video to today in Seoul so the feed draws memories, runs bench/read/ReadLoad.java, then
# stops both processes and drops the database. This is a benchmark, not a test.
set -euo pipefail

KEEP=0; RATES=200,500; SECONDS_EACH=30; WARMUP=60; PER_USER=100
while [[ $# -gt 0 ]]; do
  case "$1" in
    --keep) KEEP=1; shift ;;
    --rates) RATES="$2"; shift 2 ;;
    --seconds) SECONDS_EACH="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DB=haru_bench_read
. "$ROOT/bench/diary/load.sh"
. "$ROOT/tools/find-jdk.sh"
JAR="$ROOT/bootstrap-api/target/haru-api.jar"
WORK="$(mktemp -d /tmp/haru-readbench.XXXXXX)"
PIDS=()
PREFIX="readbench-$$."

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  # The API declared its queues on the shared broker under this run's prefix.
  local queue
  for queue in $(rabbitmqctl -q list_queues name 2>/dev/null | grep "^$PREFIX" || true); do
    rabbitmqctl -q delete_queue "$queue" > /dev/null || true
  done
  if [[ $KEEP -eq 0 ]]; then
    sql -e "DROP DATABASE IF EXISTS $DB"; rm -rf "$WORK"; echo "stopped the API and S3 server, dropped $DB"
  else
    echo "kept $DB and the logs in $WORK"
  fi
}
trap cleanup EXIT

# await LOG PATTERN: the first line of LOG matching PATTERN, once the process has written it (2 min at most).
await() {
  local line
  for _ in $(seq 1200); do
    line="$(grep -m1 -E "$2" "$1" || true)"
    [[ -n "$line" ]] && { echo "$line"; return; }
    sleep 0.1
  done
  echo "no '$2' in $1 after 2 minutes:" >&2; tail -20 "$1" >&2; exit 1
}

echo "== machine: $(nproc) cores, loadavg before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$ROOT/harufilm" 2>/dev/null || true   # nothing but the usage; builds the jars if missing or stale
[[ -f "$JAR" ]] || (cd "$ROOT" && ./mvnw -q -B -DskipTests package)

sql -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"

echo "== start the S3 server and the API"
HARU_LOCAL_S3_DIR="$WORK/s3" HARU_LOCAL_S3_PORT=0 "$JAVA_HOME/bin/java" -jar "$JAR" s3 > "$WORK/s3.log" 2>&1 &
PIDS+=($!)
read -r S3_URL S3_BUCKET S3_KEY S3_SECRET < <(await "$WORK/s3.log" "S3 server is running at" \
  | sed -E 's/.* at (\S+) bucket=(\S+) accessKeyId=(\S+) secretAccessKey=(\S+).*/\1 \2 \3 \4/')
JWT_KEYS="bench:$(head -c 32 /dev/urandom | base64 -w0)"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
HARU_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB" HARU_DB_USER="$DB_USER" HARU_DB_PASSWORD="$DB_PASS" \
HARU_RABBITMQ_QUEUE_PREFIX="$PREFIX" PORT="$PORT" HARU_BIND_HOST=127.0.0.1 HARU_JWT_KEYS="$JWT_KEYS" \
HARU_S3_ENDPOINT="$S3_URL" HARU_S3_BUCKET="$S3_BUCKET" HARU_S3_ACCESS_KEY_ID="$S3_KEY" HARU_S3_SECRET_ACCESS_KEY="$S3_SECRET" \
HARU_PUSH=log HARU_PUSH_OUTBOX_FILE="$WORK/push-outbox" \
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED ${HARU_JAVA_OPTS:-} -jar "$JAR" api > "$WORK/api.log" 2>&1 &
API_PID=$!
PIDS+=($API_PID)
# It says localhost; it listens on 127.0.0.1 only, so the client must not try ::1 first.
API_URL="$(await "$WORK/api.log" "Haru Film is running at" | sed -E 's/.*running at http:\/\/localhost/http:\/\/127.0.0.1/')"
echo "   API at $API_URL (pid $API_PID), S3 at $S3_URL"

load_videos "$DB" "$PER_USER"
TODAY="$(TZ=Asia/Seoul date +%F)"
sql "$DB" -e "UPDATE videos SET upload_date = '$TODAY' WHERE memory_ordinal = $PER_USER"
echo "   every user's video $PER_USER moved to today ($TODAY, Asia/Seoul)"

echo "== load: warm-up ${WARMUP} s, then ${SECONDS_EACH} s at each of $RATES requests/s"
"$JAVA_HOME/bin/java" -cp "$JAR" "$ROOT/bench/read/ReadLoad.java" "$API_URL" "$JWT_KEYS" $((1000000 / PER_USER)) "$PER_USER" \
  "$FIRST_DATE" "$WARMUP" "$SECONDS_EACH" "$RATES" "api=$API_PID,mariadb=$(pgrep -x -o mariadbd || pgrep -x -o mysqld)"
echo "== loadavg after: $(cut -d' ' -f1-3 /proc/loadavg)"
