#!/usr/bin/env bash
# scripts/fuzz.sh [SECONDS] [HARNESS...]: the libFuzzer harnesses of Fuzz/ (Fuzz/README.md),
# each for SECONDS (default 15), one after the other; all of them unless named. Builds the
# fuzz package once, into .build-fuzz (never .build), instrumented for libFuzzer and with
# AddressSanitizer. A crash, a single input slower than 10 s, or a process above 2 GB is a
# failure: the script goes on with the other harnesses, then exits 1, naming each
# reproducer. libFuzzer's full output of each run is in .build-fuzz/logs/HARNESS.log. Runs of
# 60 s or more keep the inputs they find in .build-fuzz/corpus/HARNESS (not in the
# repository) and start from them the next time, beside the committed seeds in
# Fuzz/Seeds/HARNESS; shorter runs start from the seeds only.
#
# Environment: SWIFT (default swift); FUZZ_MAX_LEN (the largest input tried, default 8192);
# FUZZ_FLAGS (more libFuzzer flags, such as -len_control=0 to try long inputs from the start);
# FUZZ_CONFIGURATION (debug, the default: the configuration the tests build, with all of
# Swift's checks; or release: about five times the executions per second, but a first build
# of about 7 minutes instead of 2, and without the bounds checks of unsafe buffers).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

all_harnesses=(tokenizer sentences cleaner figures csv jsonl frontmatter lexicon html)
seconds=15
if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=("${all_harnesses[@]}")
for h in "${harnesses[@]}"; do
    if [[ " ${all_harnesses[*]} " != *" $h "* ]]; then
        echo "error: no harness '$h'; the harnesses: ${all_harnesses[*]}" >&2
        echo "usage: scripts/fuzz.sh [SECONDS] [HARNESS...]" >&2
        exit 2
    fi
done

SWIFT=${SWIFT:-swift}
scratch=$root/.build-fuzz
logs=$scratch/logs
mkdir -p "$logs"

# Every Swift module (the parent's and Yams) gets AddressSanitizer and libFuzzer's coverage
# instrumentation (what -sanitize=fuzzer adds); libFuzzer itself is linked into NewsFuzz
# only (Fuzz/Package.swift), since the parent's build-tool executables keep their own main.
# lld, from the toolchain: gold fails on these objects.
build_flags=(--package-path Fuzz --scratch-path "$scratch" -c "${FUZZ_CONFIGURATION:-debug}"
    -Xswiftc -sanitize=address
    -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table
    -Xswiftc -use-ld=lld)
echo "fuzz: building Fuzz/ into .build-fuzz (log: .build-fuzz/logs/build.log) ..."
start=$(date +%s)
# The build tools run instrumented too; a leak report at their exit must not fail the build.
build() { ASAN_OPTIONS=detect_leaks=0 "$SWIFT" build "${build_flags[@]}" >"$logs/build.log" 2>&1; }
build_failed() {
    grep -v "Cannot export local symbol" "$logs/build.log" | grep -E -A3 "error:" | head -40 >&2
    echo "error: the fuzz build failed (.build-fuzz/logs/build.log)" >&2
    exit 1
}
if ! build; then
    # In a new scratch folder the first compile of Corpus fails with "... from module
    # '_FoundationICU' is not present in definition of 'enum UErrorCode' in module 'CLibXML2'"
    # (libxml2's headers bring the system's ICU beside Foundation's); a second run passes.
    grep -q "is not present in definition of 'enum UErrorCode'" "$logs/build.log" || build_failed
    echo "fuzz: building again (the clang modules of ICU and libxml2 clash on a first build)"
    build || build_failed
fi
binary=$("$SWIFT" build "${build_flags[@]}" --show-bin-path)/NewsFuzz
echo "fuzz: built in $(( $(date +%s) - start )) s"

symbolizer=$(dirname "$(command -v "$SWIFT")")/llvm-symbolizer
[ -x "$symbolizer" ] || symbolizer=$(command -v llvm-symbolizer || true)
demangle=$(dirname "$(command -v "$SWIFT")")/swift-demangle
if [ -x "$demangle" ]; then demangle_args=(--simplified); else demangle=cat; demangle_args=(); fi
shm=/dev/shm
[ -d "$shm" ] && [ -w "$shm" ] || shm=$scratch

files=""
trap '[ -z "$files" ] || rm -rf "$files"' EXIT
trap 'exit 130' INT TERM
failed=()
for h in "${harnesses[@]}"; do
    # Runs of a minute or more keep what they find in .build-fuzz/corpus/HARNESS and start
    # from it the next time; shorter ones (make test-fuzz) start from the seeds alone and
    # throw their finds away, so that their time stays what was asked (libFuzzer runs every
    # input it starts from before the clock counts).
    if [ "$seconds" -ge 60 ]; then
        corpus=$scratch/corpus/$h
    else
        corpus=$scratch/corpus-short/$h
        rm -rf "$corpus"
    fi
    artifacts=$scratch/artifacts/$h
    mkdir -p "$corpus" "$artifacts"
    # The folder the file-reading harnesses write their input to (removed after the run).
    files=$(mktemp -d "$shm/newsfuzz-$h-XXXXXX")
    run() {
        # SWIFT_BACKTRACE: the Swift runtime's own crash backtracer would stall under libFuzzer.
        FUZZ_SCRATCH=$files SWIFT_BACKTRACE=enable=no \
            ASAN_OPTIONS=${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}symbolize=1 ASAN_SYMBOLIZER_PATH=$symbolizer \
            "$binary" "$h" -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$artifacts/" "$@" >"$logs/$h.log" 2>&1
    }
    # First the regression inputs (Fuzz/Regressions/HARNESS), each run once; then fuzzing,
    # new inputs going to the first folder (the seeds and regressions are only read).
    regressions=()
    [ -d "Fuzz/Regressions/$h" ] && [ -n "$(ls -A "Fuzz/Regressions/$h")" ] && regressions=("Fuzz/Regressions/$h")
    status=0
    if [ ${#regressions[@]} -gt 0 ]; then
        run "Fuzz/Regressions/$h"/*
        status=$?
        [ $status -eq 0 ] || echo "FAIL fuzz $h: a regression input of Fuzz/Regressions/$h fails again" >&2
    fi
    if [ $status -eq 0 ]; then
        # shellcheck disable=SC2086
        run -max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-8192}" -print_final_stats=1 ${FUZZ_FLAGS:-} \
            "$corpus" "Fuzz/Seeds/$h" "${regressions[@]}"
        status=$?
    fi
    rm -rf "$files"
    files=""
    stats=$(grep -E "^#[0-9]+[[:space:]]+DONE" "$logs/$h.log" | tail -1)
    [ -n "$stats" ] || stats=$(grep -E "^#[0-9]+.*cov: " "$logs/$h.log" | tail -1)
    if [ $status -eq 0 ]; then
        echo "fuzz $h (${seconds} s): ${stats:-no stats line; see .build-fuzz/logs/$h.log}"
        continue
    fi
    failed+=("$h")
    echo "FAIL fuzz $h (${seconds} s, exit $status): ${stats:-}" >&2
    # What went wrong and where: libFuzzer's and the sanitizer's summary, the stack, and the
    # reproducer libFuzzer saved (or the regression input that failed). The stack stops at
    # the harness's entry; Swift names are demangled when swift-demangle is there.
    grep -E "ERROR: libFuzzer|ERROR: AddressSanitizer|SUMMARY:|Fatal error|NewsFuzz invariant|ALARM|out-of-memory|deadly signal|^ +#[0-9]+ " \
        "$logs/$h.log" | grep -v -E " in (fuzzer::|__sanitizer|__asan|__libc_start)" \
        | awk '/LLVMFuzzerTestOneInput/ { skip = 1 } /^ +#[0-9]+ / && skip { next } { skip = 0; print }' \
        | "$demangle" "${demangle_args[@]}" | head -40 >&2
    reproducers=$(sed -n "s/.*Test unit written to \(.*\)$/\1/p" "$logs/$h.log")
    [ -n "$reproducers" ] || reproducers=$(sed -n "s/^Running: \(.*\)$/\1/p" "$logs/$h.log" | tail -1)
    for r in $reproducers; do
        echo "  reproducer: $r" >&2
        echo "  run it:     $binary $h $r" >&2
    done
    echo "  full log:   .build-fuzz/logs/$h.log" >&2
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "error: fuzzing failed: ${failed[*]}; minimise with '$binary HARNESS -minimize_crash=1 -runs=10000 REPRODUCER', keep it in Fuzz/Regressions/HARNESS/ (Fuzz/README.md)" >&2
    exit 1
fi
