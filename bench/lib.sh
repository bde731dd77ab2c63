# Sourced by bench/*/run.sh: `bench_run PHASE CLASS [ARGS...]` builds bootstrap-api and the modules
# it needs from this tree (offline first, online if the cache lacks something), then runs CLASS, a
# benchmark in bootstrap-api's test sources (never matched by surefire or failsafe), from the
# folder bootstrap-api. PHASE is test-compile, or package for a benchmark that starts the jars.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
. tools/find-jdk.sh
export PATH="$JAVA_HOME/bin:$PATH"

bench_run() {
  local phase="$1" class="$2"
  shift 2
  # Relative to each module: with -am the reactor resolves sibling modules to their target/ output,
  # so the benchmark runs the code in this tree, not whatever was last installed in ~/.m2.
  local classpath_file=target/bench.classpath
  local build=(-pl bootstrap-api -am "$phase" -DskipTests dependency:build-classpath
               -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file")
  echo "== build (JDK: $JAVA_HOME)"
  ./mvnw -B -q -o "${build[@]}" || ./mvnw -B -q "${build[@]}"

  echo "== run ${class##*.} $*"
  cd bootstrap-api
  # Several test-jars bring a logback-test.xml; logback would print its whole status about that.
  exec java -Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener \
    -cp "target/test-classes:target/classes:$(cat "$classpath_file")" "$class" "$@"
}
