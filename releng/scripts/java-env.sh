# Sourced by ./atlas, ./build and the release scripts: exports JAVA_HOME for a JDK 21 or newer
# (Eclipse 4.3x bundles and Tycho 5 need it; Debian's default is 17).
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
pick_java() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  local onpath; onpath=$(command -v java 2>/dev/null) && candidates+=("$(dirname "$(dirname "$(readlink -f "$onpath")")")")
  for d in /usr/lib/jvm/*/; do candidates+=("${d%/}"); done
  local best="" best_v=0 v
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    v=$(java_major "$c"); v=${v%%.*}
    [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ] && { best=$c; best_v=$v; }
  done
  [ -n "$best" ] || { echo "Account Atlas needs a JDK 21 or newer; none found (set JAVA_HOME or install one, e.g. apt-get install openjdk-21-jdk-headless)." >&2; return 1; }
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}
pick_java
