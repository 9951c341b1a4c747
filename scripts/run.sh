#!/usr/bin/env bash
# The main job: builds govtarget's programs and runs them on the bundled real documents.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh >&2
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOVTARGET_BUILD_TESTS=OFF \
      -DGOVTARGET_BUILD_BENCHMARKS=OFF >&2
cmake --build build/release -j "$(nproc)" >&2
# Values as the 2024 拱墅区 work report writes them.
build/release/examples/values 增长5.5% 740亿元 50万平方米 148亩 469.6公顷 84家 4万名 52.6公里 \
  31微克/立方米 24.5% 1个百分点 "$@"
