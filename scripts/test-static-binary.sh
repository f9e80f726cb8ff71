#!/usr/bin/env bash
# make test-install: the release binary (built with --static-swift-stdlib) run in a minimal
# Debian 12 chroot that has no Swift, only the C libraries it links (GSL and cmark-gfm,
# from Debian's packages). It must print its version and write Output/ byte for byte as
# committed. Needs root and network access to Debian's mirror on the first run; the chroot
# is kept in .build/debian-chroot for later runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
chroot_dir=$root/.build/debian-chroot
binary=$root/.build/release/analyze

[ "$(id -u)" = 0 ] || { echo "error: test-install needs root (debootstrap and chroot); run it with sudo" >&2; exit 1; }
[ -x "$binary" ] || { echo "error: no release binary at $binary; run make build first" >&2; exit 1; }
# Not `| grep -q`: under pipefail, grep closing the pipe early could fail ldd instead.
if ldd "$binary" | grep libswift >/dev/null; then
    echo "error: $binary links the Swift runtime dynamically; build it with make build (--static-swift-stdlib)" >&2
    exit 1
fi
# The C libraries the binary links, as Debian 12 names their runtime packages.
runtime="libgsl27 libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6 libxlsxwriter4 libxml2 libnettle8"
if [ ! -x "$chroot_dir/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; }
    rm -rf "$chroot_dir"
    echo "Making a minimal Debian 12 in $chroot_dir (debootstrap, about two minutes) ..."
    debootstrap --variant=minbase bookworm "$chroot_dir" http://deb.debian.org/debian >/dev/null
fi
if [ "$(cat "$chroot_dir/.analyze-runtime" 2>/dev/null)" != "$runtime" ]; then
    cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
    chroot "$chroot_dir" apt-get update -qq
    # shellcheck disable=SC2086
    chroot "$chroot_dir" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $runtime >/dev/null
    echo "$runtime" > "$chroot_dir/.analyze-runtime"
fi
if chroot "$chroot_dir" sh -c 'command -v swift || ls /usr/lib/swift /opt/swift' >/dev/null 2>&1; then
    echo "error: the chroot has Swift; remove $chroot_dir and run again" >&2
    exit 1
fi
# Swift reads its command line from /proc/self/cmdline, as on any Linux machine.
mountpoint -q "$chroot_dir/proc" || mount -t proc proc "$chroot_dir/proc"
trap 'umount "$chroot_dir/proc" 2>/dev/null || true' EXIT
rm -rf "$chroot_dir/work" && mkdir -p "$chroot_dir/work"
cp "$binary" "$chroot_dir/work/analyze"
cp -r "$root/Corpus" "$chroot_dir/work/Corpus"
chroot "$chroot_dir" /work/analyze --version
chroot "$chroot_dir" sh -c 'cd /work && ./analyze Corpus --out Output --quiet && ./analyze Corpus --out Workbook --xlsx --quiet'
diff -r "$chroot_dir/work/Output" "$root/Output"
[ -s "$chroot_dir/work/Workbook/analyze.xlsx" ] || { echo "error: no analyze.xlsx written in the chroot" >&2; exit 1; }
echo "test-install: the static binary ran in a Debian chroot without Swift and wrote Output/ as committed"
