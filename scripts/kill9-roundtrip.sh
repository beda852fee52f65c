#!/usr/bin/env bash
# Kill -9 round trip: does a run that is killed at a random point, then started again, end with exactly what
# an uninterrupted run gives?
#
#   scripts/kill9-roundtrip.sh [ROUNDS] [INPUT_DIR]        (defaults: 1 round, the sample input in ./input)
#
# Builds nothing: expects target/yearbook.jar (mvn -DskipTests package). Per round it copies the input to a
# temporary folder, runs the job once uninterrupted into output A, then runs it into output B, kills that run
# with SIGKILL at a random point (during start-up or one of the job's steps, chosen at random, scaled to the
# uninterrupted run's time), starts B again and lets it finish. With the fast start the killed process is the
# launcher, and the round fails unless the run's JVM goes with it. A round whose run completed before the kill
# is reported as inconclusive. It then compares A and B: the database (submissions, values, findings, intake; no ids or
# timestamps) dumped with H2's Shell from inside the jar, the run report (summary and every file's outcome)
# and the list of feedback workbooks. Exits non-zero on any difference. KEEP=1 keeps the temporary folders;
# KILL_IN=ingest (or discover, crossReview, feedback) always kills during that step.
set -euo pipefail

ROUNDS=${1:-1}
INPUT=${2:-input}
JAR=${JAR:-target/yearbook.jar}
JAVA=${JAVA:-java}

[[ -f "$JAR" ]] || { echo "missing $JAR: build it first (mvn -DskipTests package)" >&2; exit 2; }
[[ -d "$INPUT" ]] || { echo "missing input folder $INPUT" >&2; exit 2; }
command -v jq >/dev/null || { echo "jq is needed to compare run reports" >&2; exit 2; }
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")

# The command line of a run; $1 = output folder, the database lives in its own folder beside it.
job_command() {
  JOB=("$JAVA" -jar "$JAR" run --input "$WORK/input" --output "$1" --db-url "jdbc:h2:file:$1-db/yearbook"
       --set yearbook.ingest.stable-after=0s)
}

# Everything the store says about the run's files, without generated ids and timestamps, one sorted line each.
dump_db() {
  local out=$1
  "$JAVA" -cp "$JAR" -Dloader.main=org.h2.tools.Shell org.springframework.boot.loader.launch.PropertiesLauncher \
    -url "jdbc:h2:file:$out-db/yearbook" -user sa -password "" -sql "
      SELECT 'S|' || s.checksum || '|' || s.relative_path || '|' || COALESCE(s.township, '') || '|'
             || COALESCE(CAST(s.report_year AS VARCHAR), '') || '|' || s.status || '|' || COALESCE(r.checksum, '') AS line
        FROM submission s LEFT JOIN submission r ON r.id = s.superseded_by ORDER BY 1;
      SELECT 'V|' || s.checksum || '|' || v.indicator_code || '|' || COALESCE(CAST(v.value_number AS VARCHAR), '') || '|'
             || v.approximate || '|' || v.usable || '|' || COALESCE(v.display_text, '') || '|' || COALESCE(v.cell_ref, '')
             || '|' || COALESCE(v.note, '') AS line
        FROM reported_value v JOIN submission s ON s.id = v.submission_id ORDER BY 1;
      SELECT 'F|' || s.checksum || '|' || f.origin || '|' || f.rule_id || '|' || f.severity || '|'
             || COALESCE(f.indicator_code, '') || '|' || COALESCE(f.cell_ref, '') || '|' || f.explained || '|' || f.message AS line
        FROM finding f JOIN submission s ON s.id = f.submission_id ORDER BY 1;
      SELECT 'I|' || i.relative_path || '|' || COALESCE(i.checksum, '') || '|' || i.disposition || '|'
             || COALESCE(s.checksum, '') AS line
        FROM intake i LEFT JOIN submission s ON s.id = i.submission_id ORDER BY 1;
      SELECT 'J|' || COUNT(DISTINCT JOB_INSTANCE_ID) || ' completed runs' AS line
        FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED';" \
    | grep -v -E '^(LINE|\([0-9]+ rows?, [0-9]+ ms\))$'
}

dump_report() {
  jq -S 'del(.run.generatedAt, .run.jobInstanceId) | .files |= (map(del(.submissionId)) | sort_by(.file))' \
    "$1/reports/latest-run.json"
}

dump_feedback() {
  (cd "$1" && find feedback -type f | LC_ALL=C sort)
}

# Waits until the log of output $1 has a line matching $2, or the process $3 has ended; then sleeps up to $4 ms.
kill_point() {
  local log=$1/logs/yearbook.log marker=$2 pid=$3 max_ms=$4
  while kill -0 "$pid" 2>/dev/null; do
    if [[ -z "$marker" ]] || grep -q -F "$marker" "$log" 2>/dev/null; then
      break
    fi
    sleep 0.05
  done
  sleep "$(awk -v ms=$((RANDOM % (max_ms + 1))) 'BEGIN { printf "%.3f", ms / 1000 }')"
}

failures=0
inconclusive=0
for round in $(seq 1 "$ROUNDS"); do
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/kill9-roundtrip.XXXXXX")
  cp -a "$INPUT" "$WORK/input"
  A=$WORK/A
  B=$WORK/B

  started=$(date +%s%N)
  job_command "$A"
  "${JOB[@]}" > "$WORK/A.out" 2>&1 || { echo "round $round: the uninterrupted run failed, see $WORK/A.out" >&2; exit 2; }
  uninterrupted_ms=$(( ($(date +%s%N) - started) / 1000000 ))

  # where to kill: [marker in the log] [longest random delay after it, in % of the uninterrupted run's time]
  points=("||70" "Executing step: [discover]|3" "Executing step: [ingest]|30" "Executing step: [crossReview]|3"
          "Executing step: [feedback]|10")
  point=${points[$((RANDOM % ${#points[@]}))]}
  if [[ -n "${KILL_IN:-}" ]]; then
    for p in "${points[@]}"; do [[ "$p" == *"[$KILL_IN]"* ]] && point=$p; done
  fi
  marker=${point%|*}
  marker=${marker%|}
  max_ms=$(( ${point##*|} * uninterrupted_ms / 100 ))

  job_command "$B"
  "${JOB[@]}" > "$WORK/B1.out" 2>&1 &
  pid=$!   # the java process itself: a simple command in the background, so kill -9 reaches the JVM
  kill_point "$B" "$marker" "$pid" "$max_ms"
  run_jvm=$(pgrep -P "$pid" || true) # the fast start's second JVM, which runs the job, if the jar started one
  interrupted=0
  if kill -9 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null || true
    # killing the launcher outright ends the run's JVM too (launch/FastStart): at once, as a power cut would
    for child in $run_jvm; do
      for _ in $(seq 100); do kill -0 "$child" 2>/dev/null || break; sleep 0.1; done
      if kill -0 "$child" 2>/dev/null; then
        echo "round $round: the run's JVM $child outlived its killed launcher" >&2; kill -9 "$child"; exit 1
      fi
    done
    grep -q 'completed with the following parameters' "$B/logs/yearbook.log" 2>/dev/null || interrupted=1
  else
    wait "$pid" || true
  fi
  if (( ! interrupted )); then
    # a second run over a completed one only adds 'unchanged' sightings: there is no interrupted run to compare
    inconclusive=$((inconclusive + 1))
    echo "round $round: inconclusive — the run completed before the kill ('${marker:-start-up}' + up to $max_ms ms)"
    rm -rf "$WORK"
    continue
  fi

  steps=$(grep -c 'Executing step' "$B/logs/yearbook.log" 2>/dev/null || true)
  stored=$(grep -c 'ReviewFileProcessor - Read ' "$B/logs/yearbook.log" 2>/dev/null || true)
  killed="killed ${steps:-0} step(s) in (${stored:-0} files read), after '${marker:-start-up}'"

  "${JOB[@]}" > "$WORK/B2.out" 2>&1 || { echo "round $round: the run after the kill failed, see $WORK/B2.out" >&2; exit 1; }
  resumed=$(grep -q '已继续完成上次中断的运行' "$WORK/B2.out" && echo "resumed" || echo "started afresh")

  diffs=""
  diff <(dump_db "$A") <(dump_db "$B") > "$WORK/db.diff" || diffs="$diffs database"
  diff <(dump_report "$A") <(dump_report "$B") > "$WORK/report.diff" || diffs="$diffs run-report"
  diff <(dump_feedback "$A") <(dump_feedback "$B") > "$WORK/feedback.diff" || diffs="$diffs feedback-files"
  rows=$(dump_db "$A" | wc -l)

  if [[ -n "$diffs" ]]; then
    failures=$((failures + 1))
    echo "round $round: DIFFERENT ($diffs) — $killed; second run $resumed; see $WORK/*.diff"
  else
    echo "round $round: same ($rows database lines, report and feedback files) — $killed; second run $resumed; uninterrupted run ${uninterrupted_ms} ms"
    [[ "${KEEP:-0}" == 1 ]] || rm -rf "$WORK"
  fi
done

if (( failures > 0 )); then
  echo "$failures of $ROUNDS round(s) differed" >&2
  exit 1
fi
echo "all $((ROUNDS - inconclusive)) interrupted round(s) identical ($inconclusive of $ROUNDS inconclusive: the run completed first)"
