#!/usr/bin/env bash
# The images' build stage (the Dockerfile runs this script) and CI's check of it in a clean copy:
# builds both deployables and fails unless the jars the images run, with their lib/ folders, exist.
# Extra arguments go to Maven (CI passes -o -q: offline, after its own build filled the repository).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -ntp -DskipTests "$@" package

for jar in bootstrap-api/target/haru-api.jar bootstrap-worker/target/haru-worker.jar; do
  if [ ! -f "$jar" ] || [ ! -d "$(dirname "$jar")/lib" ]; then
    echo "image build: $jar or its lib/ folder is missing" >&2
    exit 1
  fi
  echo "image build: $jar"
done
