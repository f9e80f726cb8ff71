#!/usr/bin/env bash
# Benchmarks/run.sh - time the release `analyze` binary on real news text.
#
# Usage:  Benchmarks/run.sh [SIZE_MB ...]        (default sizes: 5 50)
#
#   SIZE 5      the BBC articles themselves: $BENCH_DIR/news (2,225 files, about 5 MB)
#   SIZE > 5    a corpus of SIZE MB built once by $BENCH_DIR/make_big_corpus.sh into
#               /tmp/analyze-bench-SIZE and reused by later runs (delete it to rebuild)
#
# Each corpus is analysed 3 times (`--quiet --out /tmp/analyze-bench-out`); the best wall
# time, the MB/s it gives and the highest peak RSS are printed as a table and appended,
# one line per size, to Benchmarks/results.csv.
#
# Environment:
#   BENCH_DIR   benchmark data folder (default: ../shared/bench beside the project root).
#               Research-only BBC text: it stays outside this repository.
#   SCRATCH     --scratch-path for `swift build` (default: SwiftPM's own, .build)
#   JOBS        pass `--jobs JOBS` to analyze and record it (default: all cores, nproc)
#   SWIFT       the swift driver (default: swift)
set -euo pipefail

RUNS=3
OUT_DIR=/tmp/analyze-bench-out
HEADER='date,commit,size_mb,documents,seconds,mb_per_s,peak_rss_mb,jobs'

die() {
    echo "run.sh: $*" >&2
    exit 1
}

note() {
    echo "run.sh: $*" >&2
}

is_count() {
    case $1 in
        '' | *[!0-9]* | 0*) return 1 ;;
        *) return 0 ;;
    esac
}

here=$(CDPATH='' cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
root=$(CDPATH='' cd -- "$here/.." && pwd)
results=$here/results.csv

case ${1-} in
    -h | --help)
        sed -n '2,19s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
        exit 0
        ;;
esac

# MARK: arguments and environment

if [ $# -eq 0 ]; then
    set -- 5 50
fi
for size in "$@"; do
    is_count "$size" || die "SIZE_MB must be a positive whole number, got '$size'"
done

jobs_flag=()
if [ -n "${JOBS-}" ]; then
    is_count "$JOBS" || die "JOBS must be a positive whole number, got '$JOBS'"
    jobs_flag=(--jobs "$JOBS")
    jobs=$JOBS
else
    jobs=$(nproc)
fi

# Look for the data first: a missing folder should not cost a release build.
bench_dir=${BENCH_DIR:-$root/../shared/bench}
if [ ! -d "$bench_dir/news" ] || [ ! -f "$bench_dir/make_big_corpus.sh" ]; then
    die "benchmark corpus not found at $bench_dir (needs news/ and make_big_corpus.sh; it is research-only data kept outside the repo: set BENCH_DIR to its folder)"
fi
bench_dir=$(CDPATH='' cd -- "$bench_dir" && pwd)

if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v true >/dev/null 2>&1; then
    note "GNU time (/usr/bin/time -v) is missing; installing the 'time' package with apt-get"
    sudo=
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    { $sudo apt-get update -qq && $sudo apt-get install -y -qq time >/dev/null; } ||
        die "could not install GNU time; install the 'time' package and run again"
    /usr/bin/time -v true >/dev/null 2>&1 || die "/usr/bin/time -v does not work; install GNU time"
fi

# MARK: build

swift=${SWIFT:-swift}
build_args=(build -c release --static-swift-stdlib --product analyze)
if [ -n "${SCRATCH-}" ]; then
    build_args+=(--scratch-path "$SCRATCH")
fi
note "building: $swift ${build_args[*]}"
(cd "$root" && "$swift" "${build_args[@]}" >&2) || die "the release build failed"
bin_dir=$(cd "$root" && "$swift" "${build_args[@]}" --show-bin-path)
analyze=$bin_dir/analyze
[ -x "$analyze" ] || die "no binary at $analyze after the build"

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null) || commit=unknown
# Results measured with uncommitted source changes must not pass for the commit's.
if [ "$commit" != unknown ] &&
    ! git -C "$root" diff --quiet HEAD -- Sources Package.swift Package.resolved 2>/dev/null; then
    commit=$commit-dirty
fi

# MARK: helpers

# corpus_for SIZE: print the corpus folder for SIZE, building it on first use.
corpus_for() {
    local size=$1
    if [ "$size" -eq 5 ]; then
        echo "$bench_dir/news"
        return
    fi
    local target=/tmp/analyze-bench-$size
    if [ -f "$target/metadata.csv" ]; then
        note "reusing $target"
        echo "$target"
        return
    fi
    [ ! -e "$target" ] || die "$target exists but has no metadata.csv (an unfinished build?); delete it and run again"
    # Build beside the target and rename at the end, so that an interrupted build is
    # never mistaken for a finished corpus.
    local partial=$target.partial
    rm -rf -- "$partial"
    note "building the $size MB corpus in $target (once)"
    sh "$bench_dir/make_big_corpus.sh" "$partial" "$size" >&2 || {
        rm -rf -- "$partial"
        die "make_big_corpus.sh failed for $size MB"
    }
    mv -- "$partial" "$target"
    echo "$target"
}

# text_bytes DIR: bytes of the documents analyze reads in DIR (.txt and .md, no hidden files).
text_bytes() {
    find "$1" -name '.*' ! -name . -prune -o -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' |
        awk '{ s += $1 } END { printf "%d\n", s }'
}

# csv_rows FILE: data rows of an RFC 4180 CSV file (a quoted field may hold line breaks).
csv_rows() {
    awk '{ q += gsub(/"/, "") } q % 2 == 0 { n++ } END { print n - 1 }' "$1"
}

now_ns() {
    date +%s%N
}

# MARK: runs

[ -f "$results" ] || echo "$HEADER" >"$results"
[ "$(head -n 1 "$results")" = "$HEADER" ] ||
    die "$results does not start with the header $HEADER; move it away and run again"

table=()
log=$(mktemp "${TMPDIR:-/tmp}/analyze-bench.XXXXXX")
trap 'rm -f -- "$log" "$log.err"' EXIT

for size in "$@"; do
    corpus=$(corpus_for "$size")
    bytes=$(text_bytes "$corpus")
    [ "$bytes" -gt 0 ] || die "no .txt or .md documents in $corpus"

    best_ns=
    peak_kb=0
    for run in $(seq 1 "$RUNS"); do
        start=$(now_ns)
        if ! /usr/bin/time -v -o "$log" "$analyze" "$corpus" --quiet --out "$OUT_DIR" "${jobs_flag[@]}" 2>"$log.err"; then
            cat "$log.err" >&2
            die "analyze failed on $corpus (run $run of $RUNS)"
        fi
        end=$(now_ns)
        if [ -s "$log.err" ]; then
            # --quiet leaves errors only, so anything here deserves a look.
            note "analyze printed on stderr (size $size, run $run):"
            sed 's/^/    /' "$log.err" >&2
        fi
        ns=$((end - start))
        if [ -z "$best_ns" ] || [ "$ns" -lt "$best_ns" ]; then
            best_ns=$ns
        fi
        kb=$(awk -F': *' '/Maximum resident set size/ { print $2 }' "$log")
        [ -n "$kb" ] || die "no 'Maximum resident set size' in the output of /usr/bin/time -v"
        if [ "$kb" -gt "$peak_kb" ]; then
            peak_kb=$kb
        fi
        note "size $size run $run: $(awk -v ns="$ns" 'BEGIN { printf "%.3f", ns / 1e9 }') s, $((kb / 1024)) MB"
    done

    [ -f "$OUT_DIR/documents.csv" ] || die "analyze wrote no $OUT_DIR/documents.csv"
    documents=$(csv_rows "$OUT_DIR/documents.csv")

    row=$(awk -v ns="$best_ns" -v bytes="$bytes" -v kb="$peak_kb" 'BEGIN {
        s = ns / 1e9
        printf "%.3f,%.2f,%.1f", s, bytes / 1e6 / s, kb / 1024
    }')
    IFS=, read -r seconds mbps rss <<<"$row"
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ),$commit,$size,$documents,$seconds,$mbps,$rss,$jobs" >>"$results"
    table+=("$size $bytes $documents $seconds $mbps $rss $jobs")
done

# MARK: summary

echo
echo "analyze $commit, best of $RUNS runs (appended to Benchmarks/results.csv)"
printf '%8s %10s %10s %9s %8s %12s %5s\n' size_mb text_mb documents seconds MB/s peak_rss_mb jobs
for line in "${table[@]}"; do
    read -r size bytes documents seconds mbps rss jobs_used <<<"$line"
    printf '%8s %10.2f %10s %9s %8s %12s %5s\n' \
        "$size" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$documents" "$seconds" "$mbps" "$rss" "$jobs_used"
done
