# Sourced by ./harufilm and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer, preferring
# JAVA_HOME, then `java` on PATH, then the newest JDK under /usr/lib/jvm.
java_major() { "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'; }
haru_find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "Haru Film needs a JDK 21 or newer: install one or set JAVA_HOME." >&2
  return 1
}
haru_find_jdk
