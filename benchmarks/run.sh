#!/usr/bin/env bash
# Runs the knowledge-base benchmarks and prints a table. From the repository root:
#   benchmarks/run.sh                 # 1,000 and 10,000 entries (~15 min on 2 cores)
#   benchmarks/run.sh 1000 10000 100000   # adds 100,000: ~22 min more, 20 of them one hybrid build
# Data: -Dkefu.data (env KEFU_DATA), default ../shared/data. Raw results: benchmarks/target/results/.
# Builds are single shots: 1 warm-up + 3 at 1,000 entries, 1 shot at 10,000; at 100,000 the hybrid
# build is timed only once, by the query benchmark's setup (column "setup build"), not by BuildBenchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || mvn -q -B -pl benchmarks -am package -DskipTests
out=benchmarks/target/results
mkdir -p "$out"
run() { java -Dkefu.data="${KEFU_DATA:-../shared/data}" -jar "$jar" "$@"; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

for size in "${sizes[@]}"; do
  case "$size" in
    1000) build=(-p ranking=HYBRID_LEARNED,BM25 -wi 1 -i 3) ;;
    100000) build=(-p ranking=BM25 -wi 0 -i 1) ;;
    *) build=(-p ranking=HYBRID_LEARNED,BM25 -wi 0 -i 1) ;;
  esac
  run BuildBenchmark -p size="$size" "${build[@]}" -rf csv -rff "$out/build-$size.csv" | tee "$out/build-$size.log"
  run QueryBenchmark -p size="$size" -p ranking=HYBRID_LEARNED,BM25 -wi 2 -w 5s -i 3 -r 10s \
      -rf csv -rff "$out/query-$size.csv" | tee "$out/query-$size.log"
done

run IntentBenchmark -rf csv -rff "$out/intents.csv" | tee "$out/intents.log"
run SentimentBenchmark -rf csv -rff "$out/sentiment.csv" | tee "$out/sentiment.log"

echo
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average:$(uptime | sed 's/.*load average://')"
printf "%-15s %8s %9s %9s %10s %12s %10s\n" ranking entries "p50 ms" "p99 ms" "build s" "setup build" "heap MB"
for size in "${sizes[@]}"; do
  cat "$out/build-$size.csv" "$out/query-$size.csv"
  grep -h '^kefu-heap' "$out/query-$size.log" | sed 's/^/#/'
done | awk -F, '
  function unq(s) { gsub(/["\r]/, "", s); return s }
  /^#kefu-heap/ { split($0, f, /[ =]/); k = f[5] " " f[3]; heap[k] = f[7]; setup[k] = f[9] / 1000; next }
  /^"Benchmark"/ { next }
  { b = unq($1); r = unq($(NF-1)); s = unq($NF); k = r " " s; keys[k] = 1 }
  b ~ /BuildBenchmark.build$/ { build[k] = unq($5) }
  b ~ /search:p0.50$/ { p50[k] = unq($5) }
  b ~ /search:p0.99$/ { p99[k] = unq($5) }
  END {
    for (k in keys) { split(k, f, " ")
      printf "%-15s %8s %9.2f %9.2f %10s %12.1f %10s\n", f[1], f[2], p50[k], p99[k],
             (k in build) ? sprintf("%.1f", build[k]) : "-", setup[k], heap[k] }
  }' | sort -k2,2n -k1,1r
