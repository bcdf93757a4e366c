#!/usr/bin/env bash
# Lighthouse (npm, run with Debian's Chromium) on the home page, an article, a search and
# the timeline, in its mobile and desktop settings, against a running portal:
#
#   bench/lighthouse.sh [BASE_URL]     default http://localhost:8080
#
# Lighthouse is installed once into ${LIGHTHOUSE_DIR:-/tmp/portal-lighthouse}. Each page is
# requested 20 times first (a cold JVM answers its first requests slowly), then measured
# three times; the table gives the run with the median performance score, as scores vary
# from run to run by a point or two on a shared machine.
set -euo pipefail

base="${1:-http://localhost:8080}"
dir="${LIGHTHOUSE_DIR:-/tmp/portal-lighthouse}"
chrome="${CHROME_PATH:-/usr/bin/chromium}"
pages=("/" "/articles/windows-drivers-rs-and-cargo-wdk" "/search?q=kernel" "/timeline")

if [ ! -x "$dir/node_modules/.bin/lighthouse" ]; then
	mkdir -p "$dir"
	npm install --prefix "$dir" --no-audit --no-fund lighthouse@12 > "$dir/install.log" 2>&1
fi

reports="$(mktemp -d)"
trap 'rm -rf "$reports"' EXIT
for page in "${pages[@]}"; do
	for _ in $(seq 20); do curl -s -o /dev/null "$base$page"; done
done
printf '| form | page | performance | accessibility | best practices | SEO | LCP | CLS |\n|---|---|---|---|---|---|---|---|\n'
for form in mobile desktop; do
	preset=()
	[ "$form" = desktop ] && preset=(--preset=desktop)
	for page in "${pages[@]}"; do
		for run in 1 2 3; do
			CHROME_PATH="$chrome" "$dir/node_modules/.bin/lighthouse" "$base$page" "${preset[@]}" --quiet \
				--chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
				--only-categories=performance,accessibility,best-practices,seo --output=json \
				--output-path="$reports/$run.json" > /dev/null 2>&1
		done
		python3 - "$form" "$page" "$reports" <<'PY'
import json, sys
form, page, folder = sys.argv[1:4]
runs = sorted((json.load(open(f"{folder}/{run}.json")) for run in (1, 2, 3)),
              key=lambda result: result['categories']['performance']['score'])
result = runs[1]
score = lambda name: round(result['categories'][name]['score'] * 100)
audits = result['audits']
print(f"| {form} | `{page}` | {score('performance')} | {score('accessibility')} | {score('best-practices')} | "
      f"{score('seo')} | {audits['largest-contentful-paint']['displayValue']} | "
      f"{audits['cumulative-layout-shift']['displayValue']} |")
PY
	done
done
