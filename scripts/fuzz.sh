#!/usr/bin/env bash
# Builds the libFuzzer harnesses (one per reader, clang with ASan+UBSan) and runs them two
# at a time, seeded with tests/fuzz/seeds, the bad-input catalogues and the bundled
# documents. Prints each harness's executions and the total. A failing input is kept in
# build/fuzz/findings/HARNESS/ and fails the script: copy it to tests/fuzz/regressions/HARNESS/
# once fixed, and every test build replays it from then on.
#
#   scripts/fuzz.sh            the fixed run CI makes: a set number of executions per harness
#                              (about 50 s each here, 2.5 M in all) from a fixed random seed,
#                              so that a run that passes once passes again; 60 s at most each
#   scripts/fuzz.sh SECONDS    exploration: SECONDS per harness from a new random seed, with
#                              the national reports in ../shared/corpus as seeds if present
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-}
harnesses=(decimal value period quantity_reader extractor table csv json progress pairing html office)
bash scripts/install-deps.sh matrix >&2
cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGOVTARGET_FUZZ=ON \
      -DGOVTARGET_BUILD_TESTS=OFF -DGOVTARGET_BUILD_EXAMPLES=OFF -DGOVTARGET_BUILD_BENCHMARKS=OFF >&2
cmake --build build/fuzz --target "${harnesses[@]/#/fuzz_}" >&2

# Corpora: the committed seeds, plus documents for the harnesses that read documents.
corpus_dir=build/fuzz/corpus
# The fixed run starts from the committed seeds alone; exploration keeps what earlier runs found.
[[ -z $seconds ]] && rm -rf "$corpus_dir"
for h in "${harnesses[@]}"; do
  mkdir -p "$corpus_dir/$h" "build/fuzz/findings/$h"
  cp tests/fuzz/seeds/"$h"/* "$corpus_dir/$h/"
  [[ -d tests/fuzz/regressions/$h ]] && cp tests/fuzz/regressions/"$h"/* "$corpus_dir/$h/"
done
for h in quantity_reader extractor table pairing; do
  cp data/gongshu-2024/*.txt "$corpus_dir/$h/"
done
cp tests/data/html/*.html "$corpus_dir/html/"
cp tests/data/office/*.xlsx tests/data/office/*.docx tests/data/office/bad/*.xlsx tests/data/office/bad/*.docx "$corpus_dir/office/"
# The bad-input catalogue of each reader: every malformed input a harness starts from.
/usr/bin/python3 - "$corpus_dir" <<'PY'
import pathlib, sys
out = pathlib.Path(sys.argv[1])
escapes = {"n": b"\n", "r": b"\r", "t": b"\t", "0": b"\0", "\\": b"\\"}
for catalogue in pathlib.Path("tests/bad_input").glob("*.txt"):
    for k, line in enumerate(catalogue.read_text(encoding="utf-8").splitlines()):
        if not line.startswith("input:"):
            continue
        text, data, i = line[len("input:"):].removeprefix(" "), bytearray(), 0
        while i < len(text):
            if text[i] == "\\" and text[i + 1] == "x":
                data += bytes([int(text[i + 2:i + 4], 16)]); i += 4
            elif text[i] == "\\":
                data += escapes[text[i + 1]]; i += 2
            else:
                data += text[i].encode(); i += 1
        (out / catalogue.stem / f"catalogue_{k:04d}").write_bytes(bytes(data))
PY
if [[ -n $seconds && -f ../shared/corpus/national_government_work_reports.jsonl ]]; then
  # Each national report, cut into pieces of at most 8 KB at line ends.
  /usr/bin/python3 - "$corpus_dir" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
with open("../shared/corpus/national_government_work_reports.jsonl", encoding="utf-8") as f:
    for n, line in enumerate(f):
        record = json.loads(line)
        text = next((v for v in record.values() if isinstance(v, str) and len(v) > 1000), "")
        piece, k = "", 0
        for para in text.splitlines(keepends=True):
            if len((piece + para).encode()) > 8192 and piece:
                for h in ("quantity_reader", "extractor", "pairing"):
                    (out / h / f"national_{n:03d}_{k:03d}").write_text(piece, encoding="utf-8")
                piece, k = "", k + 1
            piece += para
PY
fi

# Executions per harness for the fixed run, from the rates measured here (2 cores, two at a time).
declare -A fixed_runs=([decimal]=850000 [value]=140000 [period]=450000 [quantity_reader]=40000 [extractor]=15000
                       [table]=90000 [pairing]=1200 [csv]=550000 [json]=280000 [progress]=45000 [html]=9000
                       [office]=25000)
run_one() {
  local h=$1 budget=$2 max_len=16384
  case $h in decimal | value | period) max_len=256 ;; esac
  local log=build/fuzz/$h.log
  if ./build/fuzz/tests/fuzz/fuzz_"$h" $budget -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="build/fuzz/findings/$h/" "build/fuzz/corpus/$h" > "$log" 2>&1; then
    echo "$h $(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$')"
  else
    echo "$h FAILED"
    tail -40 "$log" >&2
  fi
}
export -f run_one
results=$(for h in "${harnesses[@]}"; do
            if [[ -n $seconds ]]; then echo "$h -max_total_time=$seconds"
            else echo "$h -seed=1 -runs=${fixed_runs[$h]} -max_total_time=60"; fi
          done | xargs -P 2 -L 1 bash -c 'run_one "$0" "$*"')
total=0 failed=0
while read -r h runs; do
  if [[ $runs == FAILED ]]; then
    echo "fuzz_$h: FAILED, input kept in build/fuzz/findings/$h/"
    failed=1
  else
    printf 'fuzz_%-16s %12d executions\n' "$h" "$runs"
    total=$((total + runs))
  fi
done <<< "$results"
echo "total executions: $total"
exit $failed
