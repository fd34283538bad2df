# Sourced by bench/run and bench/scale: building, running one step, assembling the report.
# A step is one benchmark class run in its own JVM by Maven's bench profile (tracker-api/pom.xml);
# it writes its figures to $out/<name>.md. BENCH_SIZE (developments in the shared dataset, default
# 1000000) and BENCH_HEAP (instead of each step's heap) reach every step, and so do the -D options
# in the array `extra`.
out=tracker-api/target/benchmarks
extra=()

clean() {
  mkdir -p "$out"
  rm -f "$out"/*.md "$out/steps.txt"
}

build() {
  timed build "" ./mvnw -B -q -DskipTests -Dspotless.check.skip=true install
}

# step NAME [-Dproperty=value ...]
step() {
  timed "$1" "${BENCH_SIZE:-1000000}" ./mvnw -B -q -pl tracker-api verify -Pbench \
    -Dspotless.check.skip=true -Dbench.include="**/$1.java" -Dbench.size="${BENCH_SIZE:-1000000}" \
    "${@:2}" ${BENCH_HEAP:+-Dbench.heap=$BENCH_HEAP} ${extra[@]+"${extra[@]}"}
}

# timed WHAT SIZE COMMAND...: runs it and adds its time to the table of steps
timed() {
  local started=$SECONDS
  "${@:3}"
  local took=$((SECONDS - started))
  printf '| %s | %s | %d:%02d |\n' "$1" "$2" $((took / 60)) $((took % 60)) >> "$out/steps.txt"
}

# assemble TITLE: every result written since clean, in the order written, and the steps' times
assemble() {
  local results
  results=$(ls -tr "$out"/*.md | grep -v -e '/run\.md$' -e '/scale\.md$' || true)
  echo "# $1 — $(date -u +%Y-%m-%dT%H:%MZ), $((SECONDS / 60)) minutes"
  echo
  [ -z "$results" ] || cat $results
  echo "### Where the time went"
  echo
  echo "| step | developments | m:ss |"
  echo "|---|---|---|"
  cat "$out/steps.txt"
}
