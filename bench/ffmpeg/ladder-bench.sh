#!/usr/bin/env bash
# Benchmark (not a test): the worker's HLS ladder beside bare ffmpeg, measured in the same run.
#
# Usage: bench/ffmpeg/ladder-bench.sh [SECONDS]      (default 30; takes ~4x SECONDS on 2 cores)
#
# Generates a SECONDS-long 1080x1920 30 fps clip (lavfi testsrc2 + sine), then times:
#   (a) the adapter: FfmpegMediaEncoder.encode through Java (one ffmpeg run + the thumbnail),
#   (b) the adapter's exact ffmpeg command line, run bare from this script,
#   (c) the naive baseline: three separate ffmpeg runs, one per rendition (360p, 720p, 1080p),
# and prints wall seconds, realtime factor (clip seconds / wall seconds) and each one's ratio to (c).
# Needs: ffmpeg with libx264 on PATH, JDK 25 (JAVA_HOME, default Temurin 25), and the project's
# dependencies in ~/.m2 (it compiles adapters-media offline). Run it on an otherwise idle machine.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
seconds=${1:-30}
preset=veryfast
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

echo "building adapters-media test classes..."
(cd "$root" && ./mvnw -B -q -o test-compile -pl adapters-media \
  && ./mvnw -B -q -o dependency:build-classpath -pl adapters-media -Dmdep.outputFile="$work/cp.txt")
cp="$root/adapters-media/target/test-classes:$root/adapters-media/target/classes:$(cat "$work/cp.txt")"
bench() { "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$cp" com.harufilm.adapters.media.ffmpeg.FfmpegLadderBench "$@"; }

echo "generating a ${seconds} s 1080x1920 30 fps clip..."
src="$work/source.mp4"
ffmpeg -v error -y -f lavfi -i "testsrc2=size=1080x1920:rate=30:duration=$seconds" \
  -f lavfi -i "sine=frequency=440:duration=$seconds" \
  -c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p -c:a aac -b:a 128k "$src"

echo "(a) adapter encode..."
adapter=$(bench encode "$src" "$work/adapter" | sed -n 's/^wall_seconds=//p')

echo "(b) adapter's command, bare..."
mapfile -t command < <(bench command "$src")
mkdir -p "$work/bare"
start=$(now)
(cd "$work/bare" && "${command[@]}" > /dev/null)
bare=$(elapsed "$start" "$(now)")

echo "(c) three separate ffmpeg runs..."
start=$(now)
for rung in "360p 360 640 730" "720p 720 1280 3000" "1080p 1080 1920 6000"; do
  read -r name width height kbps <<< "$rung"
  mkdir -p "$work/naive/$name"
  ffmpeg -hide_banner -nostdin -v error -y -i "$src" -vf "scale=$width:$height" \
    -c:v libx264 -preset "$preset" -profile:v high -pix_fmt yuv420p \
    -force_key_frames 'expr:gte(t,n_forced*2)' -sc_threshold 0 \
    -b:v "${kbps}k" -maxrate "${kbps}k" -bufsize "${kbps}k" -c:a aac -b:a 128k -ac 2 \
    -f hls -hls_time 4 -hls_playlist_type vod -hls_flags independent_segments \
    -hls_segment_filename "$work/naive/$name/seg_%03d.ts" "$work/naive/$name/index.m3u8"
done
naive=$(elapsed "$start" "$(now)")

echo
echo "clip: ${seconds} s 1080x1920 30 fps, preset $preset, $(nproc) cores, $(ffmpeg -version | head -1 | cut -d' ' -f1-3)"
printf '%-44s %8s %10s %14s\n' shape "wall s" realtime "naive/shape"
row() { awk -v n="$1" -v w="$2" -v d="$seconds" -v base="$naive" \
  'BEGIN { printf "%-44s %8.2f %9.2fx %13.2fx\n", n, w, d / w, base / w }'; }
row "(a) adapter encode (ladder + thumbnail)" "$adapter"
row "(b) adapter's ffmpeg command, bare" "$bare"
row "(c) three separate ffmpeg runs (naive)" "$naive"
