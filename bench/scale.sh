#!/usr/bin/env bash
# End to end at scale: influence-score (bench/scale.bench.mjs) against pandas.read_csv + igraph
# (bench/python/scale_igraph.py, Debian python3-pandas and python3-igraph), each in its own process
# under /usr/bin/time -v, on a generated directed power-law graph (bench/generate-powerlaw.mjs).
# Each side: read the CSV, intern ids, build the graph/context, in-degree, PageRank, coreness.
#   bench/scale.sh                                        # 10M arcs, 1M accounts, loadContext
#   EDGES=2000000 NODES=200000 MODE=graph bench/scale.sh  # 2M arcs through loadGraph (graphology)
#   REPEATS=3 bench/scale.sh                              # runs alternate sides; best of each is compared
# Prints every run (wall, CPU, peak RSS) and a table of best times, peak RSS and ratios ours ÷ theirs.
set -euo pipefail
cd "$(dirname "$0")/.."
EDGES="${EDGES:-10000000}" NODES="${NODES:-1000000}" SEED="${SEED:-1}" MODE="${MODE:-context}" REPEATS="${REPEATS:-2}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
[ -f dist/index.js ] || npx tsup >/dev/null
DATA="bench/.cache/powerlaw-${EDGES}-${NODES}-s${SEED}.csv"
[ -f "$DATA" ] || node bench/generate-powerlaw.mjs --edges "$EDGES" --nodes "$NODES" --seed "$SEED" >&2
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
echo "# $DATA · mode $MODE · node $(node --version) · $(getconf _NPROCESSORS_ONLN) cores · load $(cut -d' ' -f1-3 /proc/loadavg)"
run() { # side, run index, command...
  local side="$1" r="$2"; shift 2
  /usr/bin/time -v -o "$OUT/$side.$r.time" "$@" > "$OUT/$side.$r.json"
  echo "{\"run\":$r,\"load\":\"$(cut -d' ' -f1 /proc/loadavg)\",\"maxrss_kb\":$(awk -F': ' '/Maximum resident/ {print $2}' "$OUT/$side.$r.time"),\"result\":$(cat "$OUT/$side.$r.json")}" >> "$OUT/$side.jsonl"
}
for r in $(seq 1 "$REPEATS"); do
  run python "$r" /usr/bin/python3 bench/python/scale_igraph.py "$DATA"
  run ours "$r" node ${NODE_OPTIONS_BENCH:-} bench/scale.bench.mjs "$DATA" "$MODE"
done
node --input-type=module -e '
import { readFileSync } from "node:fs";
const read = (f) => readFileSync(f, "utf8").trim().split("\n").map((l) => JSON.parse(l));
const py = read(process.argv[1]), ours = read(process.argv[2]);
const f = (x) => x.toFixed(2);
for (const [name, runs] of [["pandas+igraph", py], ["influence-score", ours]])
  for (const r of runs) console.log(`${name} run ${r.run} (load ${r.load}): wall ${f(r.result.total.wall)} s, cpu ${f(r.result.total.cpu)} s, peak RSS ${f(r.maxrss_kb / 1048576)} GB; steps ${Object.entries(r.result.steps).map(([k, s]) => `${k} ${f(s.wall)}/${f(s.cpu)}`).join(", ")}`);
const best = (runs, k) => Math.min(...runs.map((r) => r.result.total[k]));
const rss = (runs) => Math.min(...runs.map((r) => r.maxrss_kb)) / 1048576;
const [pw, pc, pr] = [best(py, "wall"), best(py, "cpu"), rss(py)];
const [ow, oc, or] = [best(ours, "wall"), best(ours, "cpu"), rss(ours)];
const same = JSON.stringify(py[0].result.summary.pagerank_top.map(([k]) => k)) === JSON.stringify(ours[0].result.summary.pagerank_top.map(([k]) => k));
console.log("\n| side | best wall (s) | best cpu (s) | peak RSS (GB) |\n|---|---|---|---|");
console.log(`| pandas+igraph | ${f(pw)} | ${f(pc)} | ${f(pr)} |`);
console.log(`| influence-score (${ours[0].result.side}) | ${f(ow)} | ${f(oc)} | ${f(or)} |`);
console.log(`| ratio ours ÷ theirs | ${f(ow / pw)}x | ${f(oc / pc)}x | ${f(or / pr)}x |`);
const ps = py[0].result.summary, os = ours[0].result.summary;
console.log(`\ncross-check: same top-5 PageRank ids ${same}; top value ${ps.pagerank_top[0][1]} vs ${os.pagerank_top[0][1]}; in-degree total ${ps.in_degree_total} vs ${os.in_degree_total}, max ${ps.in_degree_max} vs ${os.in_degree_max}; coreness max ${ps.coreness_max} (${ps.coreness_max_count} nodes) vs ${os.coreness_max} (${os.coreness_max_count})`);
' "$OUT/python.jsonl" "$OUT/ours.jsonl"
