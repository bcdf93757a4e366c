#!/usr/bin/env bash
# Measures search against the portal's jar running on the data bench/generate.sh wrote:
# latency percentiles and throughput for a fixed mix of queries (bench/queries.lua) at
# several concurrencies, for /search and /search/suggest, then the heap after a full GC.
#   bench/run.sh [DATA_DIR=target/bench-data] [DURATION=30s]
# Needs wrk (Debian: apt-get install -y wrk). The heap is capped at 512 MB on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=$(realpath "${1:-target/bench-data}")
duration=${2:-30s}
port=${BENCH_PORT:-18080}
url="http://127.0.0.1:$port"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
[ -d "$data_dir/search-index" ] || { echo "No data in $data_dir: run bench/generate.sh first" >&2; exit 1; }
jar=$(ls target/portal-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then
	mvn -B -q -DskipTests package
	jar=$(ls target/portal-*.jar | head -1)
fi

java -Xmx512m -jar "$jar" --portal.data-dir="$data_dir" --server.port="$port" > target/bench-portal.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
	curl -sf "$url/actuator/health" >/dev/null 2>&1 && break
	sleep 1
done
curl -sf "$url/actuator/health" >/dev/null || { echo "The portal did not start; see target/bench-portal.log" >&2; exit 1; }
entries=$(grep -o "Rebuilding the search index[^\n]*" target/bench-portal.log || true)
[ -z "$entries" ] || echo "Note: the portal is rebuilding its index ($entries); results are not comparable" >&2

echo "== $(nproc) cores, $(java -version 2>&1 | head -1), data: $data_dir ($(du -sh "$data_dir" | cut -f1))"
echo "-- warm-up (15 s)"
wrk -t2 -c4 -d15s -s bench/queries.lua "$url" >/dev/null
for path in /search /search/suggest; do
	for connections in 1 4 16; do
		echo "-- $path, $connections connection(s), $duration"
		SEARCH_PATH=$path wrk -t$((connections < 2 ? 1 : 2)) -c"$connections" -d"$duration" -s bench/queries.lua "$url" \
			| grep -E "^(requests|latency)"
	done
done
echo "-- memory"
jcmd "$pid" GC.run >/dev/null
jcmd "$pid" GC.heap_info | grep -E "garbage-first heap|total|used" | head -2
echo "resident set size: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
