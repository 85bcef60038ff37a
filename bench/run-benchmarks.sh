#!/usr/bin/env bash
# Runs every benchmark recorded in BENCHMARKS.md. Takes a few minutes; needs only Java 17 and the wrapper.
#   bash bench/run-benchmarks.sh            # all
#   SURVEYS=1000 bash bench/run-benchmarks.sh   # a smaller portfolio
set -euo pipefail
cd "$(dirname "$0")/.."
SURVEYS="${SURVEYS:-10000}"
RUNS="${RUNS:-5}"
export MAVEN_ARGS="${MAVEN_ARGS:-} -B -ntp -q"

./mvnw install -DskipTests

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N); awk -v n=$((end - start)) 'BEGIN {printf "%.3f\n", n / 1e9}'; }

echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1)"

echo "== rule base"
./mvnw -pl rules exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.partnershiphealth.rules.RuleBookBenchmark

echo "== advisor, warmed"
./mvnw -pl advisor exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.partnershiphealth.advisor.bench.AdvisorBenchmark

echo "== disclosure policy, warmed"
./mvnw -pl advisor exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.partnershiphealth.advisor.scoring.DisclosureBenchmark

echo "== reading a 300-respondent export as XLSX and CSV"
./mvnw -pl advisor exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.partnershiphealth.advisor.bench.ExportReadBenchmark

echo "== reports, warmed"
./mvnw -pl reports exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.partnershiphealth.reports.ReportBenchmark

echo "== service: 16 clients submitting over HTTP (H2 file, Java clients)"
./mvnw -pl advisor exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.partnershiphealth.advisor.bench.SubmissionLoadBenchmark

if command -v wrk >/dev/null; then
    echo "== service: reads under wrk (API token, HTTP Basic, the diagnosis page with a session; H2 file)"
    ./mvnw -pl advisor exec:java -Dexec.classpathScope=test \
        -Dexec.mainClass=org.partnershiphealth.advisor.bench.ServiceReadBenchmark
    if (exec 3<>/dev/tcp/"${PGHOST:-127.0.0.1}"/"${PGPORT:-5432}") 2>/dev/null; then
        # a schema of its own, dropped before each run (the round is created anew)
        pg="--spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/${PGDATABASE:-test}?currentSchema=pha_load --spring.datasource.username=${PGUSER:-postgres} --spring.flyway.schemas=pha_load --spring.flyway.create-schemas=true"
        drop() { psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -d "${PGDATABASE:-test}" \
            -qc "drop schema if exists pha_load cascade" >/dev/null 2>&1; }
        echo "== service: submissions under wrk on PostgreSQL, into a round already holding 50,000 responses"
        drop
        ./mvnw -pl advisor exec:java -Dexec.classpathScope=test -Dpha.bench.client=wrk \
            -Dexec.mainClass=org.partnershiphealth.advisor.bench.SubmissionLoadBenchmark -Dexec.args="10000 10 50000 $pg"
        echo "== service: the same through two replicas on one PostgreSQL, 8 connections each"
        drop
        ./mvnw -pl advisor exec:java -Dexec.classpathScope=test -Dpha.bench.replicas=2 \
            -Dexec.mainClass=org.partnershiphealth.advisor.bench.SubmissionLoadBenchmark -Dexec.args="10000 10 50000 $pg"
        drop
    else
        echo "(no PostgreSQL at ${PGHOST:-127.0.0.1}:${PGPORT:-5432}: the PostgreSQL load runs are skipped)"
    fi
else
    echo "(wrk is not installed, e.g. apt-get install wrk: the HTTP load runs under wrk are skipped)"
fi

echo "== cold diagnose from the shell (median of $RUNS)"
sample=samples/metro-transit-coalition-2026.json
version=$(for _ in $(seq "$RUNS"); do seconds java -version; done | median)
cold=$(for _ in $(seq "$RUNS"); do seconds java -jar advisor/target/pha.jar diagnose "$sample"; done | median)
echo "java -version: ${version} s; pha diagnose: ${cold} s; ratio $(awk -v c="$cold" -v v="$version" 'BEGIN {printf "%.0f", c / v}')x"
launcher=$(for _ in $(seq "$RUNS"); do seconds bin/pha diagnose "$sample"; done | median)
echo "bin/pha diagnose (class-data sharing, C1): ${launcher} s; ratio $(awk -v c="$launcher" -v v="$version" 'BEGIN {printf "%.0f", c / v}')x java -version"

echo "== batch over $SURVEYS generated surveys"
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
./mvnw -pl advisor exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.partnershiphealth.advisor.bench.SurveyGenerator -Dexec.args="$folder/surveys $SURVEYS"
batch=$(seconds java -jar advisor/target/pha.jar batch "$folder/surveys" --summary "$folder/summary.csv")
echo "java -jar pha.jar batch of $SURVEYS surveys: ${batch} s wall, $(($(wc -l < "$folder/summary.csv") - 1)) rows in the summary"
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "bin/pha batch of $SURVEYS surveys (parallel collector, 384 MB heap): %e s wall, peak RSS %M KB" \
        bin/pha batch "$folder/surveys" --summary "$folder/summary.csv" >/dev/null
else
    echo "bin/pha batch of $SURVEYS surveys: $(seconds bin/pha batch "$folder/surveys" --summary "$folder/summary.csv") s wall"
fi
