# The diary data both read benchmarks use, sourced by bench/diary/run.sh and bench/read/run.sh:
# database $DB with the product's migrations (every V*.sql, in version order, so the indexes are the
# product's), then $USERS users x $PER_USER COMPLETE videos = 1,000,000, loaded server-side from seq_* tables.
# Needs: the mariadb client and a MariaDB with the SEQUENCE engine; sets DB_HOST DB_PORT DB_USER DB_PASS.
DB_HOST="${DB_HOST:-127.0.0.1}"; DB_PORT="${DB_PORT:-3306}"; DB_USER="${DB_USER:-root}"; DB_PASS="${DB_PASS:-}"
MIGRATIONS="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/adapters-persistence/src/main/resources/db/migration"
# The first video of every user is on this date, shifted by user id mod 7; then one a week.
FIRST_DATE=2023-01-01

sql() { mariadb -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASS:+-p"$DB_PASS"} "$@"; }

# create_database DB: a fresh database with every migration applied.
create_database() {
  local db="$1"
  echo "== create $db and apply migrations"
  sql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4"
  local f
  for f in $(ls "$MIGRATIONS"/V*__*.sql | sort -V); do
    echo "   $(basename "$f")"; sql "$db" < "$f"
  done
}

# load_videos DB PER_USER: 1,000,000 / PER_USER users with PER_USER COMPLETE videos each.
load_videos() {
  local db="$1" per_user="$2"
  local users=$((1000000 / per_user))
  local chunk=$(( (100000 / per_user) > 0 ? (100000 / per_user) : 1 ))
  echo "== load $users users and 1,000,000 videos ($per_user each)"
  local start end lo hi
  start=$(date +%s.%N)
  sql "$db" <<SQL
INSERT INTO users (email, timezone, reminder_time, reminders_enabled, locale, complete_videos, created_at, updated_at)
SELECT CONCAT('user-', seq, '@bench'), 'Asia/Seoul', '20:00:00', TRUE, 'ko', $per_user, NOW(3), NOW(3)
FROM seq_1_to_$users ORDER BY seq;
SQL
  # One a week from FIRST_DATE shifted by user id mod 7 (distinct dates, ~23 months at 100 a user);
  # inserted per 100,000 videos in (user_id, date) order so each statement stays small.
  for lo in $(seq 1 "$chunk" "$users"); do
    hi=$((lo + chunk - 1))
    sql "$db" <<SQL
INSERT INTO videos (user_id, upload_date, status, source_key, output_prefix, memory_ordinal,
                    status_changed_at, created_at, updated_at)
SELECT u.seq, DATE('$FIRST_DATE') + INTERVAL ((n.seq - 1) * 7 + u.seq % 7) DAY, 'COMPLETE',
       CONCAT('users/', u.seq, '/videos/', n.seq, '/source'), CONCAT('users/', u.seq, '/videos/', n.seq, '/'),
       n.seq, NOW(3), NOW(3), NOW(3)
FROM seq_${lo}_to_${hi} u JOIN seq_1_to_${per_user} n ORDER BY u.seq, n.seq;
SQL
  done
  sql "$db" -e "ANALYZE TABLE users, videos" > /dev/null
  end=$(date +%s.%N)
  sql "$db" -e "SELECT (SELECT COUNT(*) FROM users) AS users, (SELECT COUNT(*) FROM videos) AS videos,
                       (SELECT MIN(upload_date) FROM videos) AS first_date, (SELECT MAX(upload_date) FROM videos) AS last_date"
  printf "load time: %.1f s\n" "$(echo "$end - $start" | bc)"
}
