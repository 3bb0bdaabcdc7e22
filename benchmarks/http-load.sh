#!/usr/bin/env bash
# Chat turns through HTTP on loopback: starts kefu.jar on a free port with a fresh data directory
# (embedded store, demo knowledge base), waits until healthy, warms up, then runs wrk with 32
# connections for 30 s and prints turns/s and latency. From the repository root:
#   benchmarks/http-load.sh [connections] [seconds]
# Needs wrk (Debian: apt-get install wrk) and a built connectors/target/kefu.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-32}
seconds=${2:-30}
jar=connectors/target/kefu.jar
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -f "$jar" ] || mvn -q -B -pl connectors -am package -DskipTests
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d)
java -Xmx2g -jar "$jar" --server.port="$port" --kefu.data-dir="$data" >"$data/kefu.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null || { tail -20 "$data/kefu.log"; exit 1; }
wrk -t2 -c"$connections" -d10s -s benchmarks/http/chat.lua "http://127.0.0.1:$port" >/dev/null
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average:$(uptime | sed 's/.*load average://')"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s benchmarks/http/chat.lua "http://127.0.0.1:$port"
