#!/usr/bin/env bash
# The portal's jar beside nginx serving the same bytes, in one run, on this machine.
#
#   bench/compare.sh [DATA_DIR]      pages: the seeded content on a fresh data directory, or
#                                    the data bench/generate.sh wrote (then deep pages too)
#   bench/compare.sh import N        import: N generated content files seeded into a fresh portal,
#                                    then two more sets of N imported by an editor as zip files
#   bench/compare.sh startup         start-up to the first seeded page: java -jar, then the
#                                    extracted jar with a class-data-sharing archive, and with
#                                    Java 25's AOT cache when AOT_JAVA names a java 25 or later
#
# Pages mode starts the portal, saves one of its article pages, and serves those same bytes
# with Debian's nginx twice: precompressed (gzip_static) and compressed per request. Then
# `wrk -t2 -c32 -d10s --latency`, gzip accepted, against both nginx servers and each kind
# of portal page, one after another, and a table of requests/s, p50, p99, bytes sent and
# each row's ratio to both nginx rows; then the time from `java -jar` to the first seeded
# page and the portal's resident memory after the load. Figures are relative within one
# run: absolute ones drift on shared machines.
#
# Needs wrk, nginx and zip (Debian: apt-get install -y wrk nginx-light zip; as root this script
# installs them). The heap is capped with JAVA_OPTS, -Xmx512m unless set.
set -euo pipefail
cd "$(dirname "$0")/.."

need() {
	local missing=()
	for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
	[ ${#missing[@]} -eq 0 ] && return
	if [ "$(id -u)" = 0 ]; then
		apt-get update -qq && apt-get install -y -qq wrk nginx-light zip >/dev/null
	else
		echo "Needs: ${missing[*]} (apt-get install -y wrk nginx-light zip)" >&2
		exit 1
	fi
}
need wrk curl nginx zip

java_opts=${JAVA_OPTS:--Xmx512m}
port=${BENCH_PORT:-18080}
url="http://127.0.0.1:$port"
work=$(mktemp -d)
chmod 755 "$work"
pid=
nginx_pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
	[ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

jar=$(ls target/portal-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then
	mvn -B -q -DskipTests package
	jar=$(ls target/portal-*.jar | head -1)
fi
if curl -s -o /dev/null "$url/"; then
	echo "Something already answers on $url: stop it first (or set BENCH_PORT)" >&2
	exit 1
fi

now_ms() { date +%s%3N; }

# Starts the jar and waits for the first 200 on the path; sets pid, and took to the
# milliseconds it took.
took=
start_portal() {
	local first_page=$1
	shift
	local started
	started=$(now_ms)
	# shellcheck disable=SC2086
	${launcher:-java $java_opts -jar $jar} --server.port="$port" "$@" > "$work/portal.log" 2>&1 &
	pid=$!
	until curl -sf -o /dev/null "$url$first_page"; do
		kill -0 "$pid" 2>/dev/null || { echo "The portal stopped; its log:" >&2; tail -40 "$work/portal.log" >&2; exit 1; }
		sleep 0.05
	done
	took=$(($(now_ms) - started))
}

if [ "${1:-}" = "import" ]; then
	count=${2:-1000}
	mvn -B -q -DskipTests -Dspring-javaformat.skip=true -Dcheckstyle.skip test-compile dependency:build-classpath \
		-Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
	mkdir -p "$work/classes/org/rustinwindows/portal"
	cp -r target/test-classes/org/rustinwindows/portal/bench "$work/classes/org/rustinwindows/portal/"
	generate() { # count, folder, number of the first entry
		java -cp "$work/classes:target/classes:$(cat target/bench.classpath)" \
			org.rustinwindows.portal.bench.ContentFilesGenerator "$1" "$2" "$3"
	}
	generate "$count" "$work/content" 1
	echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1), $java_opts:" \
		"importing $count generated files"
	start_portal /articles --portal.data-dir="$work/empty" --portal.seed.enabled=false
	empty=$took
	kill "$pid" && wait "$pid" 2>/dev/null || true
	admin_password=bench-admin-password
	start_portal /articles --portal.data-dir="$work/data" --portal.seed.content-dir="$work/content" \
		--portal.admin.password="$admin_password"
	seeded=$took
	grep -o "Content from .*" "$work/portal.log" | head -1
	echo "start-up without seeding: $empty ms; with the $count files seeded and indexed: $seeded ms"
	echo "seeding at start-up (the difference): $((seeded - empty)) ms"

	# Then as an editor imports: two more sets of files, zipped, through /admin/transfer into
	# the portal now running; the first import after start-up, then one more.
	cookies="$work/cookies"
	csrf() { # the form token of a page, in the signed-in session
		curl -s -b "$cookies" -c "$cookies" "$url$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 |
			sed 's/.*value="//; s/"$//'
	}
	curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode username=admin \
		--data-urlencode "password=$admin_password" --data-urlencode "_csrf=$(csrf /login)" "$url/login"
	editor_import() { # zip: prints the ms from the upload to the import's end, as its progress page says
		local token started progress
		token=$(csrf /admin/transfer)
		started=$(now_ms)
		progress=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$cookies" -c "$cookies" -F "_csrf=$token" \
			-F "archive=@$1;type=application/zip" "$url/admin/transfer/import")
		[ -n "$progress" ] || { echo "The portal refused the archive" >&2; exit 1; }
		# The progress page answers 286 once the import has finished (htmx: stop polling).
		until [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" -H 'HX-Request: true' "$progress")" = 286 ]; do
			sleep 0.1
		done
		echo $(($(now_ms) - started))
	}
	for set in 2 3; do
		generate "$count" "$work/set$set" $(((set - 1) * count + 1)) > /dev/null
		(cd "$work/set$set" && zip -q -r "$work/set$set.zip" .)
		took=$(editor_import "$work/set$set.zip")
		echo "an editor's import of $count more files into the running portal ($([ "$set" = 2 ] && echo first ||
			echo second) import since it started): $took ms"
	done
	exit 0
fi

if [ "${1:-}" = "startup" ]; then
	# Three fresh starts of each launcher, seeding content/ each time.
	starts() {
		local label=$1 times=()
		for run in 1 2 3; do
			rm -rf "$work/data"
			start_portal /timeline --portal.data-dir="$work/data" --portal.seed.content-dir=content
			times+=("$took")
			kill "$pid" && wait "$pid" 2>/dev/null || true
		done
		echo "| $label | ${times[*]} |"
	}
	train() { # the documented training run: the context starts, without seeding, and the JVM writes its archive
		"$@" -Dspring.context.exit=onRefresh -jar "$work/app/$(basename "$jar")" --server.port=0 \
			--portal.seed.enabled=false --portal.data-dir="$work/training" > "$work/training.log" 2>&1
	}
	java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
	echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $java_opts: ms from launch to the first seeded /timeline"
	echo
	echo "| launcher | three starts, ms |"
	echo "|---|---|"
	launcher= starts "$(java -version 2>&1 | head -1 | cut -d'"' -f2), \`java -jar\`"
	# shellcheck disable=SC2086
	train java $java_opts -XX:ArchiveClassesAtExit="$work/app.jsa"
	launcher="java $java_opts -XX:SharedArchiveFile=$work/app.jsa -jar $work/app/$(basename "$jar")" \
		starts "$(java -version 2>&1 | head -1 | cut -d'"' -f2), extracted, class-data-sharing archive"
	if [ -n "${AOT_JAVA:-}" ]; then
		# shellcheck disable=SC2086
		launcher="$AOT_JAVA $java_opts -jar $jar" starts "$("$AOT_JAVA" -version 2>&1 | head -1 | cut -d'"' -f2), \`java -jar\`"
		rm -rf "$work/training"
		# shellcheck disable=SC2086
		train "$AOT_JAVA" $java_opts -XX:AOTCacheOutput="$work/app.aot"
		launcher="$AOT_JAVA $java_opts -XX:AOTCache=$work/app.aot -jar $work/app/$(basename "$jar")" \
			starts "$("$AOT_JAVA" -version 2>&1 | head -1 | cut -d'"' -f2), extracted, AOT cache"
	fi
	exit 0
fi

data_dir=${1:-}
article=/articles/the-memory-safety-case
# The status board, the sources, the corrections and the open data came after the pages
# above; the API's limit per address would answer wrk from one address with 429s.
later_pages=(/status /status/wdk-sys /sources /changes "/api/entries?size=20")
api_unlimited=(--portal.api.requests-per-window=1000000000)
if [ -n "$data_dir" ]; then
	data_dir=$(realpath "$data_dir")
	[ -d "$data_dir/search-index" ] || { echo "No data in $data_dir: run bench/generate.sh first" >&2; exit 1; }
	start_portal "$article" --portal.data-dir="$data_dir" "${api_unlimited[@]}"
	pages=(/ "$article" /articles "/articles?page=5000" /tags/memory-safety /timeline /faq /feed.xml /sitemap.xml
		"/search?q=driver" "${later_pages[@]}")
else
	start_portal "$article" --portal.data-dir="$work/data" --portal.seed.content-dir=content "${api_unlimited[@]}"
	pages=(/ "$article" /articles "/timeline?order=oldest&tag=windows-kernel" /tags/memory-safety /timeline /faq
		/feed.xml /sitemap.xml "/search?q=driver" "${later_pages[@]}")
fi

# The same bytes for nginx: the article as the portal sends it uncompressed.
mkdir -p "$work/www"
curl -s "$url$article" -o "$work/www/article.html"
gzip -9 -k "$work/www/article.html"
chmod -R a+rX "$work/www"
static_port=$((port + 1))
dynamic_port=$((port + 2))
cat > "$work/nginx.conf" <<EOF
$( [ "$(id -u)" = 0 ] && echo "user root;" )
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
	access_log off;
	default_type text/html;
	sendfile on;
	server { listen 127.0.0.1:$static_port; root $work/www; gzip_static on; location / { try_files /article.html =404; } }
	server { listen 127.0.0.1:$dynamic_port; root $work/www; gzip on; gzip_types text/html;
		location / { try_files /article.html =404; } }
}
EOF
nginx -p "$work" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$static_port/"; do sleep 0.05; done

# Warm-up: the JIT compiles the paths that serve pages.
for page in "${pages[@]}"; do wrk -t2 -c8 -d3s -H 'Accept-Encoding: gzip' "$url$page" >/dev/null; done

to_ms() { # wrk's "1.23ms", "456.00us", "1.02s" as milliseconds
	awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
measure() { # prints: requests/s p50 p99 bytes
	local target=$1 out
	out=$(wrk -t2 -c32 -d10s --latency -H 'Accept-Encoding: gzip' "$target")
	local rps p50 p99 bytes
	rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
	p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
	p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
	bytes=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$target")
	# A page answered with errors would measure the error page: say so in the table.
	if grep -q "Non-2xx" <<<"$out"; then bytes="$bytes (errors: $(awk '/Non-2xx/ { print $5 }' <<<"$out"))"; fi
	echo "$rps $p50 $p99 $bytes"
}

read -r static_rps static_p50 static_p99 static_bytes <<<"$(measure "http://127.0.0.1:$static_port/")"
read -r dynamic_rps dynamic_p50 dynamic_p99 dynamic_bytes <<<"$(measure "http://127.0.0.1:$dynamic_port/")"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1), $java_opts," \
	"data: ${data_dir:-seeded content/ on a fresh data directory}"
echo
echo "| what | requests/s | p50 ms | p99 ms | bytes | vs nginx precompressed | vs nginx gzip per request |"
echo "|---|---|---|---|---|---|---|"
echo "| nginx, precompressed article | $static_rps | $static_p50 | $static_p99 | $static_bytes | 1.00x | $(ratio "$static_rps" "$dynamic_rps") |"
echo "| nginx, article gzipped per request | $dynamic_rps | $dynamic_p50 | $dynamic_p99 | $dynamic_bytes | $(ratio "$dynamic_rps" "$static_rps") | 1.00x |"
for page in "${pages[@]}"; do
	read -r rps p50 p99 bytes <<<"$(measure "$url$page")"
	echo "| portal \`$page\` | $rps | $p50 | $p99 | $bytes | $(ratio "$rps" "$static_rps") | $(ratio "$rps" "$dynamic_rps") |"
done
echo
echo "start-up, \`java -jar\` to the first seeded page: $took ms"
# Resident memory counts the pages of files the portal maps, such as its search index,
# beside its own (heap, code, threads): both are shown.
anon_kb=$(awk '/^RssAnon/ { print $2 }' "/proc/$pid/status")
file_kb=$(awk '/^RssFile/ { print $2 }' "/proc/$pid/status")
echo "resident memory after the load: $(($(ps -o rss= -p "$pid") / 1024)) MB ($((anon_kb / 1024)) MB the portal's own," \
	"$((file_kb / 1024)) MB pages of mapped files)"
