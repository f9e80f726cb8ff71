#!/usr/bin/env bash
# make test-shards: the bundled corpus analysed as 4 shards in parallel by GNU parallel
# (`analyze partial --shard K/4`), merged (`analyze merge`) in another order and as a merge
# of merges, and compared file by file with a single run: every output must be the same bytes.
# A merge with a shard missing must fail with status 1 and say which.
#
# Usage: scripts/test-shards.sh [ANALYZE]   (default: .build/debug/analyze)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
analyze=$(cd "$root" && realpath "${1:-.build/debug/analyze}")
command -v parallel >/dev/null || { echo "test-shards: GNU parallel is missing (apt-get install parallel)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cp -r "$root/Corpus" Corpus
options=(--group-by outlet --seed 7)

# Without history: the merges would otherwise start their reports with the changes since the
# single run (the same corpus and options).
"$analyze" Corpus --out single --quiet --history none "${options[@]}"
# The documented one-liner for one many-core machine.
parallel --halt now,fail=1 "$analyze" partial Corpus --shard {}/4 --out part-{}.snapshot --quiet "${options[@]}" ::: 1 2 3 4
"$analyze" merge part-3.snapshot part-1.snapshot part-4.snapshot part-2.snapshot --out merged --quiet --history none
"$analyze" merge part-2.snapshot part-1.snapshot --snapshot-out left.snapshot --quiet
"$analyze" merge part-4.snapshot part-3.snapshot --snapshot-out right.snapshot --quiet
"$analyze" merge right.snapshot left.snapshot --out nested --quiet --history none

status=0
for out in merged nested; do
    if diff -r single "$out" >/dev/null; then
        echo "test-shards: $out is byte for byte the single run ($(find single -type f | wc -l) files)"
    else
        echo "test-shards: FAILED: $out differs from the single run:" >&2
        diff -rq single "$out" >&2 || true
        status=1
    fi
done
if "$analyze" merge part-1.snapshot part-2.snapshot part-4.snapshot --out incomplete --quiet 2> missing.err; then
    echo "test-shards: FAILED: a merge without shard 3 succeeded" >&2
    status=1
elif ! grep -q "shard 3/4 missing" missing.err || [ -e incomplete ]; then
    echo "test-shards: FAILED: a merge without shard 3 said: $(cat missing.err)" >&2
    status=1
else
    echo "test-shards: a merge without shard 3 is refused: $(cat missing.err)"
fi
exit $status
