#!/usr/bin/env bash
# Measures search against the portal's jar running on the data bench/generate.sh wrote:
# latency percentiles and throughput for a fixed mix of queries (bench/queries.lua) at
# several concurrencies, for /search and /search/suggest, then the heap after a full GC;
# then /search again with the search cache off, as every query would be the first time;
# then every other kind of page, one at a time (bench/pages.lua), to show that none of them
# grows with the number of entries.
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

pid=
start_portal() {
	# A portal left running on the port would answer in place of this one.
	if curl -s -o /dev/null "$url/actuator/health"; then
		echo "Something already answers on $url: stop it first (or set BENCH_PORT)" >&2
		exit 1
	fi
	java -Xmx512m -jar "$jar" --portal.data-dir="$data_dir" --server.port="$port" "$@" > target/bench-portal.log 2>&1 &
	pid=$!
	for _ in $(seq 1 120); do
		curl -sf "$url/actuator/health" >/dev/null 2>&1 && break
		sleep 1
	done
	curl -sf "$url/actuator/health" >/dev/null || { echo "The portal did not start; see target/bench-portal.log" >&2; exit 1; }
	entries=$(grep -o "Rebuilding the search index[^\n]*" target/bench-portal.log || true)
	[ -z "$entries" ] || echo "Note: the portal is rebuilding its index ($entries); results are not comparable" >&2
	echo "-- warm-up (60 s: until the JIT has compiled the search paths)"
	wrk -t2 -c4 -d60s -s bench/queries.lua "$url" >/dev/null
}
stop_portal() {
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}
measure() {
	local path=$1
	for connections in 1 4 16; do
		echo "-- $path, $connections connection(s), $duration"
		SEARCH_PATH=$path wrk -t$((connections < 2 ? 1 : 2)) -c"$connections" -d"$duration" -s bench/queries.lua "$url" \
			| grep -E "^(requests|latency)"
	done
}
trap stop_portal EXIT

echo "== $(nproc) cores, $(java -version 2>&1 | head -1), data: $data_dir ($(du -sh "$data_dir" | cut -f1))"
echo "== as configured: a search's matches and counts are kept until content changes"
start_portal
measure /search
measure /search/suggest
echo "-- memory"
jcmd "$pid" GC.run >/dev/null
jcmd "$pid" GC.heap_info | grep -E "garbage-first heap|total|used" | head -2
echo "resident set size: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
stop_portal

# The mix repeats its 20 queries, so the run above measures searches whose first step is
# kept. Without that cache every request does the whole work, as a first-time query does.
echo "== every search from scratch (portal.search.cache-size=0)"
start_portal --portal.search.cache-size=0
measure /search
stop_portal

# Lists, entry pages, feeds and sitemaps at this size: each page alone, 1 connection. The
# entry pages are the seeded content's, which every bench database holds.
echo "== every other kind of page, 1 connection, 10 s each after 3 s of its own"
start_portal
for page in / /articles "/articles?page=5000" /articles/the-memory-safety-case /timeline "/timeline?page=300" \
	"/timeline?order=oldest&tag=memory-safety" /timeline/windows-drivers-rs-goes-public /faq "/faq?page=300" \
	/faq/does-windows-drivers-rs-support-kmdf /tags /tags/memory-safety "/tags/memory-safety?page=300" /subscribe \
	/feed.xml /sitemap.xml; do
	PAGE_PATH=$page wrk -t1 -c1 -d3s -s bench/pages.lua "$url" >/dev/null # this page's own warm-up
	PAGE_PATH=$page wrk -t1 -c1 -d10s -s bench/pages.lua "$url" | tail -1
done
