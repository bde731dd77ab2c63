#!/usr/bin/env bash
# Runs the benchmarks, one after the other, each printing its own ratios against the baseline it
# measures in the same run (never a figure remembered from another day). Benchmarks, not tests:
# ./mvnw verify runs none of them. Run on an otherwise idle machine; docs/performance.md records
# the figures, the machine and what missed.
#
# Usage:  bench/run.sh [NAME...]      NAME: playable reminders diary read ladder (default: all)
# Needs:  what each benchmark's own script says (MariaDB, RabbitMQ, ffmpeg, a JDK 21+).
set -euo pipefail

cd "$(dirname "$0")"
names=("$@")
[[ ${#names[@]} -gt 0 ]] || names=(playable reminders diary read ladder)

for name in "${names[@]}"; do
  echo "=================== $name ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))"
  case "$name" in
    playable)  ./playable/run.sh ;;
    reminders) ./reminders/run.sh --fcm memory ;;
    diary)     ./diary/run.sh ;;
    read)      ./read/run.sh ;;
    ladder)    ./ffmpeg/ladder-bench.sh ;;
    *) echo "unknown benchmark: $name (playable, reminders, diary, read, ladder)" >&2; exit 2 ;;
  esac
done
