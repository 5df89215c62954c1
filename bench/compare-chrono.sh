#!/usr/bin/env bash
# compare-chrono.sh BINARY [RUNS] — whole-process time of `timeline tag
# --format jsonl` and of chrono-node (bench/chrono.js) on the same JSON
# Lines (silver.jsonl by default, or $INPUT), median of RUNS (default 3).
# chrono-node is installed with npm into $CHRONO_DIR (default
# /tmp/chrono) when missing. Never run by go test.
set -euo pipefail
bin=${1:?usage: compare-chrono.sh BINARY [RUNS]}
runs=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
input=${INPUT:-${TIMELINE_SHARED:-$here/../../shared}/data/silver.jsonl}
chrono=${CHRONO_DIR:-/tmp/chrono}
if [ ! -d "$chrono/node_modules/chrono-node" ]; then
	mkdir -p "$chrono"
	(cd "$chrono" && npm init -y >/dev/null && npm install --silent chrono-node >/dev/null)
fi

# med NAME CMD... prints the median wall and CPU time of RUNS runs.
med() {
	local name=$1
	shift
	local walls=() cpus=()
	for _ in $(seq "$runs"); do
		/usr/bin/time -f "%e %U %S" -o /tmp/compare-chrono.time "$@" >/dev/null 2>/dev/null
		read -r wall user sys </tmp/compare-chrono.time
		walls+=("$wall")
		cpus+=("$(echo "$user + $sys" | bc)")
	done
	local w c
	w=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
	c=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
	printf '%-14s wall %6.2fs  cpu %6.2fs\n' "$name" "$w" "$c"
	echo "$w" >"/tmp/compare-chrono.$name"
}

med timeline "$bin" tag --format jsonl "$input"
NODE_PATH="$chrono/node_modules" med chrono-node node "$here/chrono.js" "$input"
echo "chrono-node / timeline (wall): $(echo "scale=1; $(cat /tmp/compare-chrono.chrono-node) / $(cat /tmp/compare-chrono.timeline)" | bc)x"
