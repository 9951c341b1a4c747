#!/usr/bin/env bash
# Job A: `govtarget progress` against pandas, sqlite3 and DuckDB on one generated file, in one
# run: wall time and peak RSS of each, and a check that all four outputs are byte-identical.
#   bash benchmarks/job_a.sh [ROWS]     (default 10000000, about 500 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000000}
bash scripts/install-deps.sh >&2
missing=()
for p in python3-pandas sqlite3 time; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v node > /dev/null || missing+=(nodejs)
command -v npm > /dev/null || missing+=(npm)
if ((${#missing[@]})); then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2; fi
work=build/bench-job-a
mkdir -p "$work"
if [ ! -d "$work/node/node_modules/@duckdb/node-api" ]; then
  (mkdir -p "$work/node" && cd "$work/node" && npm install --silent --no-audit --no-fund @duckdb/node-api@1.5.6-r.1 >&2)
fi
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOVTARGET_BUILD_TESTS=OFF -DGOVTARGET_BUILD_BENCHMARKS=ON >&2
cmake --build build/release --target govtarget_command generate_progress >&2
data="$work/progress_$rows.csv"
[ -f "$data" ] || build/release/benchmarks/generate_progress "$rows" > "$data"
echo "file: $data, $(stat -c %s "$data") bytes, $rows rows; cores: $(nproc)"

cat > "$work/pandas_job.py" <<'PY'
import sys, pandas as pd
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
reported = df["progress"] != ""
parts = df["progress"].str.extract(r"^(\d+)(?:\.(\d))?$")
tenths = parts[0].fillna("0").astype("int64") * 10 + parts[1].fillna("0").astype("int64")
weight = df["weight"].astype("int64")
df = df.assign(n=1, r=reported.astype("int64"), w=weight.where(reported, 0),
               wp=(weight * tenths.clip(upper=1000)).where(reported, 0),
               s=(reported & (tenths < 400)).astype("int64"))
g = df.groupby(["district", "lead_unit"], sort=False)[["n", "r", "w", "wp", "s"]].sum().reset_index()
g["key"] = g["district"].map(lambda s: s.encode()) + b"\0" + g["lead_unit"].map(lambda s: s.encode())
g = g.sort_values("key")
out = ["district,lead_unit,n_tasks,n_reported,weighted_completion,n_shortfall,n_missing"]
for d, u, n, r, w, wp, s in zip(g.district, g.lead_unit, g.n, g.r, g.w, g.wp, g.s):
    if w:
        h = (wp * 20 + w) // (2 * w)
        c = f"{h // 100}.{h % 100:02d}"
    else:
        c = ""
    out.append(f"{d},{u},{n},{r},{c},{s},{n - r}")
sys.stdout.write("\n".join(out) + "\n")
PY

query="SELECT district, lead_unit, count(*) AS n_tasks, sum(CASE WHEN progress <> '' THEN 1 ELSE 0 END) AS n_reported,
  CASE WHEN sum(w) > 0 THEN printf('%d.%02d', (sum(wp) * 20 + sum(w)) / (2 * sum(w)) / 100, (sum(wp) * 20 + sum(w)) / (2 * sum(w)) % 100) END AS weighted_completion,
  sum(CASE WHEN progress <> '' AND t < 400 THEN 1 ELSE 0 END) AS n_shortfall,
  sum(CASE WHEN progress = '' THEN 1 ELSE 0 END) AS n_missing
FROM (SELECT district, lead_unit, progress, t,
        CASE WHEN progress <> '' THEN CAST(weight AS BIGINT) ELSE 0 END AS w,
        CASE WHEN progress <> '' THEN CAST(weight AS BIGINT) * (CASE WHEN t > 1000 THEN 1000 ELSE t END) ELSE 0 END AS wp
      FROM (SELECT *, CASE WHEN progress = '' THEN 0 WHEN instr(progress, '.') > 0
                      THEN CAST(replace(progress, '.', '') AS BIGINT) ELSE CAST(progress AS BIGINT) * 10 END AS t FROM SOURCE))
GROUP BY district, lead_unit ORDER BY district, lead_unit"

cat > "$work/node/duckdb_job.mjs" <<JS
import { DuckDBInstance } from '@duckdb/node-api';
const [file, out] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:', { threads: '$(nproc)' });
const c = await db.connect();
const q = \`$query\`.replaceAll(' / ', ' // ').replace('FROM SOURCE', "FROM (SELECT district, lead_unit, weight, coalesce(progress, '') AS progress FROM read_csv('" + file + "', all_varchar = true, header = true))");
await c.run("COPY (" + q + ") TO '" + out + "' (FORMAT CSV, HEADER)");
JS

run() {  # name, output file, command…
  local name=$1 out=$2; shift 2
  local best="" rss=""
  for i in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$out.tmp"
    read -r t m < "$work/time.txt"
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; rss=$m; fi
  done
  mv "$out.tmp" "$out"
  printf '%-10s %8.2f s  %8.1f MiB\n' "$name" "$best" "$(awk "BEGIN{print $rss/1024}")"
  echo "$name $best $rss" >> "$work/results.txt"
}
rm -f "$work/results.txt"
run govtarget "$work/out_govtarget.csv" build/release/examples/govtarget progress "$data" --expected 50 --tolerance 10
run duckdb "$work/out_duckdb.csv" node "$work/node/duckdb_job.mjs" "$PWD/$data" /dev/stdout
run pandas "$work/out_pandas.csv" /usr/bin/python3 "$work/pandas_job.py" "$data"
run sqlite3 "$work/out_sqlite3.csv" sh -c "sqlite3 :memory: -cmd '.mode csv' -cmd '.import $data source' -cmd '.mode list' -cmd '.separator ,' -cmd '.headers on' \"$(echo "$query" | tr '\n' ' ')\""
for other in duckdb pandas sqlite3; do
  tr -d '\r' < "$work/out_$other.csv" > "$work/out_$other.lf.csv"
  if cmp -s "$work/out_govtarget.csv" "$work/out_$other.lf.csv"; then echo "output identical: govtarget = $other";
  else echo "OUTPUT DIFFERS: govtarget vs $other"; exit 1; fi
done
awk '/^govtarget/{g=$2} /^duckdb/{d=$2} END{printf "govtarget / duckdb wall time: %.2f (goal <= 0.5)\n", g/d}' "$work/results.txt"
