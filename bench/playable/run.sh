#!/usr/bin/env bash
# Playable benchmark: a 1080x1920 30 fps phone clip, H.264 High ~12 Mb/s with AAC and the same
# pictures in HEVC ~8 Mb/s (hvc1), each uploaded through the real API to one worker (the stack of
# `harufilm stack`: the S3 server, the API and the worker from the packaged jars, on MariaDB and
# RabbitMQ at 127.0.0.1, at the production x264 preset), timed from the complete-upload answer to
# the first playbackUrl whose first segment decodes and to COMPLETE, each beside the best bare
# ffmpeg ladder command (BareLadder) run right after on the same clip. Prints the ratios against
# issue #14's targets, the worker's CPU seconds, its stage breakdown and the load average.
#
# Usage:  bench/playable/run.sh [--seconds 30] [--runs N]
#   --seconds S   length of the clips (default 30); they are made once with ffmpeg's lavfi sources
#                 and kept in bootstrap-api/target/bench-playable/clips (minutes to make)
#   --runs N      times each clip goes through (default 1)
# Env:    HARU_TEST_DB_SERVER (jdbc:mysql://127.0.0.1:3306/) HARU_TEST_DB_USER (root)
#         HARU_TEST_DB_PASSWORD (empty); JAVA_HOME (a JDK 21+, found as .ci/run finds one if unset)
# Needs:  ffmpeg with libx264 and libx265 on PATH; MariaDB and RabbitMQ (guest) on 127.0.0.1;
#         Maven's cache filled by one online build.
# A benchmark, not a test: ./mvnw verify never runs it; it asserts nothing and exits 0 unless a run fails.
# The stack runs the packaged jars (bootstrap-api/target/haru-api.jar, bootstrap-worker/target/haru-worker.jar),
# found relative to bootstrap-api as in its integration tests: hence package, not test-compile.
. "$(dirname "$0")/../lib.sh"
bench_run package com.harufilm.bootstrap.api.playable.PlayableBench "$@"
