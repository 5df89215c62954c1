#!/usr/bin/env bash
# measure.sh BINARY [RUNS] — whole-process wall time, CPU and peak RSS of
# ingest (TimeML folder, JSON Lines) and tag on the silver corpus, median of
# RUNS (default 3). Never run by go test; needs the shared data beside the
# checkout or in $TIMELINE_SHARED. The databases go to $DBDIR (default: a
# new folder under $TMPDIR); DBDIR=/dev/shm leaves the disk out of it,
# whose fsyncs make wall times swing when the machine is shared.
set -euo pipefail
bin=${1:?usage: measure.sh BINARY [RUNS]}
runs=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
data=${TIMELINE_SHARED:-$here/../shared}/data
tmp=$(mktemp -d "${DBDIR:-${TMPDIR:-/tmp}}/measure.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# one NAME CMD... runs CMD RUNS times and prints the median of each measure.
one() {
	local name=$1
	shift
	local walls=() users=() syss=() rss=()
	for _ in $(seq "$runs"); do
		rm -f "$tmp"/x.db*
		/usr/bin/time -v -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; true; }
		walls+=("$(awk -F': ' '/Elapsed \(wall/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$tmp/time")")
		users+=("$(awk -F': ' '/User time/ {print $2}' "$tmp/time")")
		syss+=("$(awk -F': ' '/System time/ {print $2}' "$tmp/time")")
		rss+=("$(awk -F': ' '/Maximum resident/ {print $2}' "$tmp/time")")
	done
	med() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
	printf '%-22s wall %6.2fs  user %6.2fs  sys %5.2fs  maxrss %7d KB  (%s)\n' "$name" \
		"$(med "${walls[@]}")" "$(med "${users[@]}")" "$(med "${syss[@]}")" "$(med "${rss[@]}")" "$(md5sum <"$tmp/out" | cut -c1-8)"
}

one "ingest silver/" "$bin" ingest --quiet --db "$tmp/x.db" "$data/timeml/silver/"
one "ingest silver.jsonl" "$bin" ingest --quiet --db "$tmp/x.db" "$data/silver.jsonl"
one "tag silver.jsonl" "$bin" tag --format jsonl "$data/silver.jsonl"
one "tag silver/" "$bin" tag --format jsonl "$data/timeml/silver/"
