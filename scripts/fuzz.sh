#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang and runs each for SECONDS (default 60), seeded
# with the real documents; prints the executions each ran. A crash leaves its input in
# build/fuzz/ and fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
bash scripts/install-deps.sh >&2
cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGOVTARGET_FUZZ=ON \
      -DGOVTARGET_BUILD_TESTS=OFF -DGOVTARGET_BUILD_EXAMPLES=OFF -DGOVTARGET_BUILD_BENCHMARKS=OFF >&2
cmake --build build/fuzz --target fuzz_values fuzz_readers >&2
mkdir -p build/fuzz/seeds_values build/fuzz/seeds_readers
printf '%s' 5.5 > build/fuzz/seeds_values/decimal
printf '%s' 740亿元 > build/fuzz/seeds_values/money
printf '%s' 148亩 > build/fuzz/seeds_values/area
printf '%s' 2024年第二季度 > build/fuzz/seeds_values/period
printf '%s' 2024-06-30 > build/fuzz/seeds_values/date
cp data/gongshu-2024/*.txt build/fuzz/seeds_readers/
printf 'task_id,district,lead_unit,category,weight,progress\n1,甲区,财政局,c,1,10.1\n2,甲区,财政局,c,2,\n' \
  > build/fuzz/seeds_readers/progress.csv
total=0
for harness in fuzz_values fuzz_readers; do
  log=build/fuzz/$harness.log
  (cd build/fuzz && ./tests/fuzz/$harness -max_total_time="$seconds" -max_len=8192 -rss_limit_mb=4096 \
     -artifact_prefix="$harness-" "seeds_${harness#fuzz_}") > "$log" 2>&1
  runs=$(grep -oE "Done [0-9]+ runs" "$log" | grep -oE "[0-9]+")
  echo "$harness: $runs executions in ${seconds}s, no crash"
  total=$((total + runs))
done
echo "total executions: $total"
