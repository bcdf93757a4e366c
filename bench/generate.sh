#!/usr/bin/env bash
# Fills a data directory with the seeded content plus N synthetic entries, and builds
# their search index (merged into one segment, as the portal does after a rebuild), printing
# progress and timings.
#   bench/generate.sh [N=100000] [DATA_DIR=target/bench-data]
# The directory is emptied first. Run the portal on it with bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
data_dir=${2:-target/bench-data}

mvn -B -q -DskipTests -Dspring-javaformat.skip=true test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
# Only the generator from the test classes: the other test configuration must not be
# picked up by the portal's component scan.
rm -rf target/bench-classes && mkdir -p target/bench-classes/org/rustinwindows/portal
cp -r target/test-classes/org/rustinwindows/portal/bench target/bench-classes/org/rustinwindows/portal/

rm -rf "$data_dir"
java -Xmx1g -cp "target/bench-classes:target/classes:$(cat target/bench.classpath)" \
	org.rustinwindows.portal.bench.BenchDataGenerator "$count" "$data_dir" 2>&1 \
	| grep --line-buffered -E "Written|Wrote|Indexed|Merged|Mass indexing|HSEARCH|ERROR|Exception"
# On PostgreSQL the directory holds only the index.
for part in db search-index; do
	if [ -d "$data_dir/$part" ]; then du -sh "$data_dir/$part"; fi
done
