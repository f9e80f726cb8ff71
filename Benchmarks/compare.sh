#!/usr/bin/env bash
# Benchmarks/compare.sh - analyze beside scikit-learn's CountVectorizer and vaderSentiment,
# on the same corpus, in the same run.
#
# Usage:  Benchmarks/compare.sh [SIZE_MB]        (default 50)
#
# The corpus is the one Benchmarks/run.sh uses for SIZE (built once under /tmp). The Python
# tools come from a pinned environment this script creates in .build/bench-venv (scikit-learn
# 1.9.1, vaderSentiment 3.3.2); `make test` never needs it. Each command runs once, under
# /usr/bin/time -v; the table gives wall and CPU seconds, MB/s of article text, peak memory.
#
# Environment: BENCH_DIR (benchmark data, default ../shared/bench), JOBS (--jobs for analyze).
set -euo pipefail

here=$(CDPATH='' cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
root=$(CDPATH='' cd -- "$here/.." && pwd)
size=${1:-50}
case $size in '' | *[!0-9]*) echo "compare.sh: SIZE_MB must be a whole number" >&2; exit 1 ;; esac

bench_dir=${BENCH_DIR:-$root/../shared/bench}
[ -d "$bench_dir/news" ] || { echo "compare.sh: no benchmark corpus at $bench_dir (set BENCH_DIR)" >&2; exit 1; }
if [ "$size" -eq 5 ]; then
    corpus=$bench_dir/news
else
    corpus=/tmp/analyze-bench-$size
    if [ ! -f "$corpus/metadata.csv" ]; then
        rm -rf -- "$corpus.partial"
        sh "$bench_dir/make_big_corpus.sh" "$corpus.partial" "$size" >&2
        mv -- "$corpus.partial" "$corpus"
    fi
fi

venv=$root/.build/bench-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import sklearn, vaderSentiment' 2>/dev/null; then
    echo "compare.sh: creating $venv (scikit-learn 1.9.1, vaderSentiment 3.3.2)" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "scikit-learn==1.9.1" "vaderSentiment==3.3.2" >&2
fi

(cd "$root" && swift build -c release --static-swift-stdlib --product analyze >&2)
analyze=$root/.build/release/analyze
jobs_flag=()
[ -z "${JOBS-}" ] || jobs_flag=(--jobs "$JOBS")
bytes=$(find "$corpus" -name '.*' ! -name . -prune -o -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
out=$(mktemp -d "${TMPDIR:-/tmp}/analyze-compare.XXXXXX")
trap 'rm -rf -- "$out"' EXIT

measure() {
    local label=$1
    shift
    /usr/bin/time -v -o "$out/time" "$@" >"$out/stdout" 2>"$out/stderr" || { cat "$out/stderr" >&2; exit 1; }
    awk -F': *' -v label="$label" -v bytes="$bytes" '
        /Elapsed \(wall clock\)/ { t = $0; sub(/.*\): */, "", t); n = split(t, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
        /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { kb = $2 }
        END { printf "%-28s %8.2f %8.2f %8.2f %10.0f\n", label, wall, user + sys, bytes / 1e6 / wall, kb / 1024 }' "$out/time"
}

echo "corpus: $corpus, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB of article text, $(nproc) cores"
printf '%-28s %8s %8s %8s %10s\n' command wall_s cpu_s MB/s peak_MB
measure "analyze (every analysis)" "$analyze" "$corpus" --quiet --out "$out/full" "${jobs_flag[@]}"
for only in terms entities sentiment figures; do
    measure "analyze --only $only" "$analyze" "$corpus" --quiet --out "$out/$only" --only "$only" "${jobs_flag[@]}"
done
measure "CountVectorizer (unigrams)" "$venv/bin/python" "$here/baselines.py" countvectorizer "$corpus"
measure "vaderSentiment (per line)" "$venv/bin/python" "$here/baselines.py" vader "$corpus"
