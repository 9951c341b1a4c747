#!/usr/bin/env bash
# The main job: builds the govtarget command and runs it on the bundled real completion table
# (2024年第二季度拱墅区《政府工作报告》主要任务完成情况). Extra arguments go to `govtarget table`,
# e.g. `bash scripts/run.sh --format csv` or `bash scripts/run.sh --as-of 2024-05-31`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh run >&2
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOVTARGET_BUILD_TESTS=OFF \
      -DGOVTARGET_BUILD_BENCHMARKS=OFF >&2
cmake --build build/release -j "$(nproc)" --target govtarget_command >&2
build/release/examples/govtarget table "$@"
