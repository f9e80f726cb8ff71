#!/usr/bin/env bash
# make test-cluster: a real Slurm on this machine. Starts munged and a single-node Slurm
# (slurmctld and slurmd, Debian's slurm-wlm 22.05, configured for localhost in a temporary
# folder, on ports of their own), submits scripts/slurm/analyze-array.sbatch as a job array
# over 4 shards of a test corpus and scripts/slurm/analyze-merge.sbatch after it
# (--dependency=afterok), waits for both, and compares every output file with a single run.
# Everything it started is stopped at the end. Needs root (Slurm's daemons run as root here).
#
# Usage: scripts/test-cluster.sh [ANALYZE]   (default: .build/debug/analyze)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
analyze=$(cd "$root" && realpath "${1:-.build/debug/analyze}")
for tool in munged slurmctld slurmd sbatch squeue sinfo; do
    command -v "$tool" >/dev/null || { echo "test-cluster: $tool is missing (apt-get install slurm-wlm munge)" >&2; exit 1; }
done
[ "$(id -u)" = 0 ] || { echo "test-cluster: run as root (it starts Slurm's daemons)" >&2; exit 1; }

T=$(mktemp -d /tmp/analyze-slurm.XXXXXX)
chmod 700 "$T"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    sleep 1
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    rm -rf "$T"
}
trap cleanup EXIT
fail() {
    echo "test-cluster: FAILED: $*" >&2
    for log in "$T"/slurmctld.log "$T"/slurmd.log "$T"/work/*.log; do
        [ -f "$log" ] && { echo "--- $log" >&2; tail -20 "$log" >&2; }
    done
    exit 1
}

# munge: a key and a socket of its own.
mkdir -p "$T/munge"
dd if=/dev/urandom of="$T/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$T/munge/munge.key"
munged --foreground --force --key-file="$T/munge/munge.key" --socket="$T/munge/socket" \
    --pid-file="$T/munge/munged.pid" --log-file="$T/munge/munged.log" --seed-file="$T/munge/seed" > "$T/munge/munged.out" 2>&1 &
pids+=($!)

host=$(hostname -s)
cpus=$(nproc)
port=$(( 20000 + RANDOM % 20000 ))
mkdir -p "$T/state" "$T/spool" "$T/work"
cat > "$T/slurm.conf" <<CONF
ClusterName=analyzetest
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$port
SlurmdPort=$(( port + 1 ))
AuthType=auth/munge
AuthInfo=socket=$T/munge/socket
CredType=cred/munge
StateSaveLocation=$T/state
SlurmdSpoolDir=$T/spool
SlurmctldPidFile=$T/slurmctld.pid
SlurmdPidFile=$T/slurmd.pid
SlurmctldLogFile=$T/slurmctld.log
SlurmdLogFile=$T/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
ReturnToService=2
MpiDefault=none
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$T/slurm.conf"

for i in $(seq 50); do [ -S "$T/munge/socket" ] && break; sleep 0.2; done
[ -S "$T/munge/socket" ] || fail "munged did not start ($(cat "$T/munge/munged.log" 2>/dev/null))"
slurmctld -D -i -f "$SLURM_CONF" > "$T/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" -N "$host" > "$T/slurmd.out" 2>&1 &
pids+=($!)
ready=
for i in $(seq 60); do
    if sinfo -h -N -o '%t' 2>/dev/null | grep -Eq '^(idle|mix)'; then ready=1; break; fi
    sleep 1
done
[ -n "$ready" ] || fail "the Slurm node did not come up ($(sinfo -N 2>&1 | tail -1))"
echo "test-cluster: Slurm $(sinfo -V | cut -d' ' -f2) is up on $host with $cpus CPUs"

# The test corpus: the bundled articles.
cd "$T/work"
mkdir corpus
cp -r "$root/Corpus/." corpus/
# Without history, so that the merge (which keeps one) has no earlier run to compare with.
"$analyze" corpus --out single --quiet --history none

common=(--chdir="$T/work" --cpus-per-task=1 --mem=0 --time=10)
array=$(sbatch --parsable "${common[@]}" --array=1-4 --output="$T/work/part-%a.log" \
    --export=ALL,CORPUS=corpus,SHARDS=4,PARTS=parts,ANALYZE="$analyze" "$root/scripts/slurm/analyze-array.sbatch") \
    || fail "sbatch of the job array"
merge=$(sbatch --parsable "${common[@]}" --dependency=afterok:"$array" --output="$T/work/merge.log" \
    --export=ALL,SHARDS=4,PARTS=parts,OUT=merged,ANALYZE="$analyze" "$root/scripts/slurm/analyze-merge.sbatch") \
    || fail "sbatch of the merge"
echo "test-cluster: submitted the job array $array (4 shards) and the merge $merge after it"
for i in $(seq 300); do
    [ -z "$(squeue -h -j "$array,$merge" 2>/dev/null)" ] && break
    sleep 1
done
[ -z "$(squeue -h -j "$array,$merge" 2>/dev/null)" ] || fail "the jobs did not finish within 5 minutes"
[ -d merged ] || fail "the merge job wrote no output folder"
ls parts/part-{1,2,3,4}-of-4.snapshot >/dev/null || fail "a shard wrote no snapshot"
diff -r single merged >/dev/null || { diff -rq single merged >&2 || true; fail "the merged output differs from the single run"; }
echo "test-cluster: the merged output of 4 Slurm tasks is byte for byte the single run ($(find single -type f | wc -l) files)"
