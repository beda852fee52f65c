#!/usr/bin/env bash
# Prepares the fast-start layout of the yearbook tool in target/app/:
#   1. Spring Boot's extracted layout (target/app/yearbook.jar + target/app/lib/), which the JVM can
#      map from a class-data-sharing (CDS) archive, unlike the nested jars of target/yearbook.jar;
#   2. a training run on the shipped sample input (in a scratch folder: input/ and output/ are not
#      touched) that records every class the run loads into target/app/yearbook.jsa. Like scripts/yearbook,
#      it starts Spring from the bean definitions the build's AOT step generated (-Dspring.aot.enabled=true).
# Then scripts/yearbook starts in about a third of the time of `java -jar target/yearbook.jar`.
# Usage: scripts/fast-start.sh            (builds the jar first if it is missing)
#        scripts/fast-start.sh --rebuild  (always rebuilds it: run this after changing the code)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [[ "${1:-}" == "--rebuild" || ! -f target/yearbook.jar ]]; then
    mvn -q -B -ntp -DskipTests package
fi
rm -rf target/app
java -Djarmode=tools -jar target/yearbook.jar extract --destination target/app > /dev/null

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp -rp input "$scratch/input"
# The archive records the classes of a whole run: Spring, Flyway, Batch, POI, OpenPDF and JFreeChart.
# The files keep their modification times, so the run does not wait for them to settle.
(cd "$scratch" && java -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit="$root/target/app/yearbook.jsa" -jar "$root/target/app/yearbook.jar" \
    run --input input --output output > training.log 2>&1) || { cat "$scratch/training.log"; exit 1; }
echo "Fast start ready: target/app/yearbook.jar with class archive target/app/yearbook.jsa ($(du -h target/app/yearbook.jsa | cut -f1))"
