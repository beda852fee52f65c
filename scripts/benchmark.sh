#!/usr/bin/env bash
# The prefecture-scale benchmark (BENCHMARKS.md): generates a made-up prefecture's input (cached per
# scale and seed under target/bench/), then measures in one go
#   1. the raw limit: a java.util.zip + StAX pass over the same .xlsx files, 1 and 2 threads, with the JVM's
#      default options and again with transparent huge pages where Linux has them (the run's JVM has them; the
#      higher figure is the limit), the same pass inflating with libdeflate as the pipeline does, and the
#      pipeline's workbook reader alone over them;
#   2. the one-shot run over all of it (`yearbook run --county region.yml`), --runs times (3), each on a new store and
#      followed by the raw limit again: wall time including JVM start, peak RSS (the run's JVM and its launcher),
#      each step's time, ingest throughput (read + validate + store), alone and with the discover step before it
#      (listing, checksums, the intake), and their ratios to the limits around it, render
#      time and PDF size per county yearbook and for the roll-up; then medians and best figures over the runs;
#   3. a run more over the same input and the last run's store, as a daily scheduled job does when nothing is new;
#   4. the sample county's one-shot run (the shipped input/, 44 files): README's command, which starts the run in
#      the fast start's tuned JVM, and the same command run in the JVM it was started in (YEARBOOK_FAST_START=off);
#   and before the prefecture runs and each sample run, each processor's speed at that moment (cpu_speed below).
# Usage: scripts/benchmark.sh [--counties 100] [--townships 20] [--years 5] [--seed 7] [--runs 3] [--no-build] [--no-sample]
# Every run is `java -jar target/yearbook.jar …` as the bureau runs it, with the options of launcher/jvm.options;
# options to add or override: BENCH_JAVA_OPTS="-Xmx2g" scripts/benchmark.sh (passed on as YEARBOOK_JAVA_OPTS)
# Results: printed, and written to target/bench/results.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
counties=100 townships=20 years=5 seed=7 build=1 sample=1 runs=3
while [[ $# -gt 0 ]]; do
    case "$1" in
        --counties) counties=$2; shift 2 ;;
        --townships) townships=$2; shift 2 ;;
        --years) years=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --no-build) build=0; shift ;;
        --no-sample) sample=0; shift ;;
        --runs) runs=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
bench=target/bench
mkdir -p "$bench"
export YEARBOOK_JAVA_OPTS=${BENCH_JAVA_OPTS:-}
results="$bench/results.txt"
: > "$results"
say() { echo "$*" | tee -a "$results"; }
seconds() { # 1m2.5s | 12s345ms | 345ms -> seconds
    python3 -c "import re,sys; s=sys.argv[1]; m=re.fullmatch(r'(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?',s); print((int(m[1] or 0)*60+int(m[2] or 0)+int(m[3] or 0)/1000))" "$1"
}

if [[ $build == 1 ]]; then
    mvn -q -B -ntp -DskipTests package
    mvn -q -B -ntp -Pbenchmarks -DskipTests test-compile dependency:build-classpath \
        -Dmdep.outputFile="$bench/classpath.txt" -Dmdep.includeScope=test
fi

# Each processor's speed at the moment: the CPU time of one fixed piece of work (SHA-256 of 256 MiB) pinned to it
# (where taskset exists). On this kind of virtual machine one of the two processors at times runs at about two
# thirds of its speed for minutes (presumably its host core shared with other work), which is what makes a run "slow"
# (BENCHMARKS.md, sixteenth round); the line printed beside each run says which kind of moment it ran in.
cpu_speed() {
    local cpu probes=()
    for cpu in $(seq 0 $(($(nproc) - 1))); do
        local pin=()
        command -v taskset > /dev/null && pin=(taskset -c "$cpu")
        probes+=("$( { /usr/bin/time -f "%U" "${pin[@]}" sh -c 'head -c 268435456 /dev/zero | sha256sum > /dev/null'; } 2>&1 | tail -1)")
    done
    local IFS=/
    echo "cpu probe ${probes[*]} s"
}

say "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load at start: $(cut -d' ' -f1-3 /proc/loadavg), $(cpu_speed)"

data="$bench/data-$counties-$townships-$years-$seed"
if [[ ! -f "$data/done" ]]; then
    rm -rf "$data"
    mkdir -p "$data"
    start=$(date +%s.%N)
    java -jar target/yearbook.jar sample-region --counties "$counties" --townships "$townships" --years "$years" \
        --seed "$seed" --input "$data/input" --output "$data/generator-output" --region-file "$data/region.yml" \
        > "$data/generate.log" 2>&1
    touch "$data/done"
    say "generated input in $(python3 -c "import time;print(round(time.time()-$start,1))") s: $(tail -1 "$data/generate.log")"
    sleep 3 # older than yearbook.ingest.stable-after, so the run does not wait for them to settle
fi
files=$(find "$data/input" -type f \( -name '*.xlsx' -o -name '*.xls' \) ! -name '~$*' | wc -l)
say "== input: $files workbooks ($counties counties x $townships townships x $years years, seed $seed), $(du -sh "$data/input" | cut -f1)"

# the run's JVM has transparent huge pages where Linux offers them (launch/FastStart); the limit is measured with them too
thp=()
grep -qE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2> /dev/null && thp=(-XX:+UseTransparentHugePages)
say "== raw limit (java.util.zip + StAX, warm JVM, same files), the JVM's default options"
java -cp "target/test-classes:$(cat "$bench/classpath.txt")" cn.justice.yearbook.bench.RawZipStaxPass "$data/input" 3 \
    | tee -a "$results"
if [[ ${#thp[@]} -gt 0 ]]; then
    # the higher of the two figures is the one to compare with
    say "== raw limit again, with transparent huge pages as the run's JVM has them"
    java "${thp[@]}" -cp "target/test-classes:$(cat "$bench/classpath.txt")" \
        cn.justice.yearbook.bench.RawZipStaxPass "$data/input" 3 | tee -a "$results"
fi
# the pipeline inflates with libdeflate (ingest/PartInflater); the same pass with that inflater, so that the ratio can
# also be read against a limit with the same inflater (not the issue's reference, which stays java.util.zip's)
say "== the raw pass inflating with libdeflate as the pipeline does (huge pages as the run's JVM)"
java "${thp[@]}" -cp "target/test-classes:$(cat "$bench/classpath.txt")" cn.justice.yearbook.bench.RawLibdeflateStaxPass "$data/input" 3 \
    | tee -a "$results"
say "== the pipeline's reader alone (sniff, zip checks, streaming read, table found), same files, warm JVM"
java -cp "target/classes:target/test-classes:$(cat "$bench/classpath.txt")" cn.justice.yearbook.bench.ReaderPass "$data/input" 3 2>/dev/null \
    | tee -a "$results"

# Runs a command under /usr/bin/time -v (its report into $1) and sets launcher_rss to the peak RSS (MiB) of the
# JVM it starts itself. With the fast start that one only launches the run's JVM and waits: time's own "Maximum
# resident set size" is the larger of the two, so the run's footprint is that plus launcher_rss.
launcher_rss=0
timed() {
    local report=$1 hwm=0 java_pid="" now
    shift
    /usr/bin/time -v "$@" 2> "$report" &
    local timer=$!
    while kill -0 "$timer" 2> /dev/null; do
        [[ -n $java_pid ]] || java_pid=$(pgrep -P "$timer" | head -1 || true)
        if [[ -n $java_pid ]]; then
            now=$(awk '/VmHWM/{print $2}' "/proc/$java_pid/status" 2> /dev/null || true)
            [[ -n $now && $now -gt $hwm ]] && hwm=$now
        fi
        sleep 0.2
    done
    local status=0
    wait "$timer" || status=$?
    launcher_rss=$((hwm / 1024))
    return "$status"
}
# "N MiB" for a run: time's figure, plus the launcher's when the run's log says the fast start started it.
footprint() { # time-report log
    local rss
    rss=$(awk -F': ' '/Maximum resident set size/{print int($2/1024)}' "$1")
    if grep -q 'started by the fast start' "$2"; then
        echo "$((rss + launcher_rss)) MiB ($rss MiB the run's JVM + $launcher_rss MiB its launcher)"
    else
        echo "$rss MiB"
    fi
}

# The machine's speed drifts by a quarter and more within minutes (BENCHMARKS.md), so one run against one raw pass
# pairs a random moment of the pipeline with the best of three moments of the limit. The prefecture run is done
# $runs times, each on a new store, with the limit measured again after each: every run's ratio is given against
# the limit just before it and just after it, and the summary gives each figure's median and best, side by side.
raw_series="$bench/raw-series.txt"
grep -o 'raw zip+StAX, 2 thread(s): [0-9]*' "$results" | awk '{print $NF}' | sort -n | tail -1 > "$raw_series"
ingest_series="$bench/ingest-series.txt"
: > "$ingest_series"
raw_libdeflate=$(grep -o 'raw zip(libdeflate)+StAX, 2 thread(s): [0-9]*' "$results" | head -1 | awk '{print $NF}')
out="$bench/output"
for run in $(seq "$runs"); do
    say "== one-shot prefecture run $run of $runs: java -jar target/yearbook.jar run --county region.yml (YEARBOOK_JAVA_OPTS=${YEARBOOK_JAVA_OPTS}), before it $(cpu_speed)"
    rm -rf "$out"
    timed "$bench/run.time" java -jar target/yearbook.jar run --input "$data/input" --output "$out" \
        --county "$data/region.yml" > "$bench/run.out" || { cat "$bench/run.out" "$bench/run.time"; exit 1; }
    log="$out/logs/yearbook.log"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$bench/run.time")
    say "wall $wall (m:ss, JVM start included), peak RSS $(footprint "$bench/run.time" "$log"), load after: $(cut -d' ' -f1-3 /proc/loadavg)"
    for step in discover ingest crossReview yearbook feedback; do
        t=$(grep -o "Step: \[$step\] executed in [0-9a-z]*" "$log" | tail -1 | awk '{print $NF}')
        say "  step $step: $t"
    done
    ingest=$(seconds "$(grep -o 'Step: \[ingest\] executed in [0-9a-z]*' "$log" | tail -1 | awk '{print $NF}')")
    say "ingest throughput (whole ingest step: read + validate + store): $(python3 -c "print(round($files/$ingest))") workbooks/s"
    # the discover step comes first: it lists the drop folder, checksums every file and records the run's intake
    discover=$(seconds "$(grep -o 'Step: \[discover\] executed in [0-9a-z]*' "$log" | tail -1 | awk '{print $NF}')")
    both=$(python3 -c "print($files/($discover+$ingest))")
    say "discover + ingest throughput (every file listed, checksummed and recorded, then read + validated + stored): $(python3 -c "print(round($both))") workbooks/s"
    cpu=$(grep -o 'Step \[ingest\] used [0-9]* ms CPU (all threads; [0-9]* ms on the step thread), [0-9]* ms in garbage collection' "$log" | tail -1)
    if [[ -n $cpu ]]; then
        read -r cpu_ms step_ms gc_ms <<< "$(echo "$cpu" | tr -c '0-9\n' ' ' | awk '{print $1, $2, $3}')"
        say "ingest CPU: $cpu_ms ms over all threads ($(python3 -c "print(round($cpu_ms/$files, 2))") ms per workbook, $(python3 -c "print(round($cpu_ms/1000/$ingest, 2))") cores busy), of which the step thread (storing) $step_ms ms ($(python3 -c "print(round($step_ms/$files, 2))") ms per workbook), GC $gc_ms ms"
    fi
    say "== raw limit again, right after run $run (as the run's JVM: huge pages where Linux has them)"
    java "${thp[@]}" -cp "target/test-classes:$(cat "$bench/classpath.txt")" cn.justice.yearbook.bench.RawZipStaxPass "$data/input" 3 \
        | tee "$bench/raw-after.txt" | tee -a "$results"
    raw_before=$(tail -1 "$raw_series")
    raw_after=$(grep -o 'raw zip+StAX, 2 thread(s): [0-9]*' "$bench/raw-after.txt" | awk '{print $NF}')
    echo "$raw_after" >> "$raw_series"
    echo "$(python3 -c "print($files/$ingest)") $raw_before $raw_after $both" >> "$ingest_series"
    say "ingest / raw limit (2 threads): $(python3 -c "print(f'{$files/$ingest/$raw_before:.3f}')") against the limit before the run ($raw_before files/s), $(python3 -c "print(f'{$files/$ingest/$raw_after:.3f}')") against the limit after it ($raw_after files/s)"
    say "discover + ingest / raw limit: $(python3 -c "print(f'{$both/$raw_before:.3f}')") before, $(python3 -c "print(f'{$both/$raw_after:.3f}')") after"
    if [[ -n $raw_libdeflate ]]; then
        say "ingest / raw pass inflating with libdeflate (2 threads, measured before the first run): $(python3 -c "print(f'{$files/$ingest/$raw_libdeflate:.3f}')") ($raw_libdeflate files/s)"
    fi
    grep -o 'Rendered .* in [0-9]* ms, [0-9]* bytes' "$log" > "$bench/renders.txt" || true
    python3 - "$bench/renders.txt" <<'PY' | tee -a "$results"
import re, sys, statistics
rows = [re.match(r'Rendered (.*)\.pdf in (\d+) ms, (\d+) bytes', l) for l in open(sys.argv[1])]
rows = [(m[1], int(m[2]), int(m[3])) for m in rows if m]
if rows:
    rollup, counties = rows[-1], rows[:-1] or rows
    ms = [r[1] for r in counties]; kb = [r[2] / 1024 for r in counties]
    print(f"county yearbook render ({len(counties)}, 2 at a time): median {statistics.median(ms):.0f} ms, max {max(ms)} ms; "
          f"PDF median {statistics.median(kb):.0f} KB, max {max(kb):.0f} KB")
    print(f"roll-up yearbook render: {rollup[1]} ms, PDF {rollup[2] / 1024:.0f} KB ({rollup[0]})")
PY
done
say "== ingest over the $runs prefecture runs, against the raw limit measured around each"
python3 - "$ingest_series" <<'PY' | tee -a "$results"
import sys, statistics
rows = [tuple(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
limits = sorted({r[1] for r in rows} | {r[2] for r in rows})
print(f"raw limit, 2 threads, before and after the runs: {', '.join(f'{x:.0f}' for x in limits)} files/s "
      f"(median {statistics.median(limits):.0f}, best {max(limits):.0f})")

def report(name, column):
    rates = [r[column] for r in rows]
    before = [r[column] / r[1] for r in rows]
    after = [r[column] / r[2] for r in rows]
    print(f"{name}: {', '.join(f'{x:.0f}' for x in rates)} workbooks/s (median {statistics.median(rates):.0f}, best {max(rates):.0f})")
    print(f"  ratio against the limit before each run: {', '.join(f'{x:.3f}' for x in before)}; after it: {', '.join(f'{x:.3f}' for x in after)}")
    print(f"  ratio of the medians: {statistics.median(rates) / statistics.median(limits):.3f}; of the best figures: {max(rates) / max(limits):.3f}; "
          f"lowest of all: {min(before + after):.3f}")

report("ingest", 0)
report("discover + ingest", 3)
PY

say "== a run more over the same input and the last run's store (what a scheduled job does when nothing is new)"
timed "$bench/rerun.time" java -jar target/yearbook.jar run --input "$data/input" --output "$out" \
    --county "$data/region.yml" > "$bench/rerun.out" || { cat "$bench/rerun.out" "$bench/rerun.time"; exit 1; }
say "wall $(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$bench/rerun.time") (m:ss), peak RSS $(footprint "$bench/rerun.time" "$log")"
for step in discover ingest crossReview yearbook feedback; do
    say "  step $step: $(grep -o "Step: \[$step\] executed in [0-9a-z]*" "$log" | tail -1 | awk '{print $NF}')"
done

if [[ $sample == 1 ]]; then
    say "== sample county one-shot run (shipped input/, 44 files), README's command, 5 runs each, fresh output"
    scratch="$bench/sample"
    rm -rf "$scratch" && mkdir -p "$scratch" && cp -rp input "$scratch/input"
    for fast_start in on off; do
        for i in 1 2 3 4 5; do
            rm -rf "$scratch/output"
            speed=$(cpu_speed)
            (cd "$scratch" && YEARBOOK_FAST_START=$fast_start /usr/bin/time -f "%e s wall, %U s user, %M KB peak RSS" \
                java -jar "$root/target/yearbook.jar" run > run.out 2> time.txt) \
                || { cat "$scratch/run.out" "$scratch/time.txt"; exit 1; }
            say "  java -jar target/yearbook.jar run, fast start $fast_start: $(tail -1 "$scratch/time.txt") (load $(cut -d' ' -f1 /proc/loadavg), before it $speed)"
        done
    done
fi
say "== done; results in $results"
