#!/bin/sh
# Runs every notebook headless with papermill against an output folder (default: the
# committed Output/), as `make test` does; a notebook that fails stops the run with its log.
# Usage, from anywhere: Notebooks/run.sh [OUTPUT_DIR] [ANALYZE]
# (defaults Output and .build/debug/analyze of the project; the notebooks run in Notebooks/).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
output=$(cd "${1:-$root/Output}" && pwd)
analyze=${2:-$root/.build/debug/analyze}
case $analyze in /*) ;; *) analyze=$(pwd)/$analyze ;; esac
venv=$root/.build/notebook-venv
executed=$(mktemp -d)
trap 'rm -rf "$executed"' EXIT
for path in "$root"/Notebooks/*.ipynb; do
    notebook=$(basename "$path")
    if "$venv/bin/papermill" --no-progress-bar --cwd "$root/Notebooks" "$path" "$executed/$notebook" \
        -p output_dir "$output" -p analyze "$analyze" > "$executed/$notebook.log" 2>&1; then
        echo "Notebooks/$notebook: ran"
    else
        cat "$executed/$notebook.log"
        echo "Notebooks/$notebook failed"
        exit 1
    fi
done
