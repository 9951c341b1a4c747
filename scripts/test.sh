#!/usr/bin/env bash
# The whole test suite, built once with g++ 12: every doctest program, the command's tests,
# the compile-fail and consumer tests, header self-containment, the bad-input catalogues and
# the fuzz regressions. The HTML report's browser tests are skipped unless Chromium is
# installed (scripts/matrix.sh installs it and runs them). Benchmarks are built, not run.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
bash scripts/install-deps.sh test
jobs=$(nproc)
# -O1: optimised enough that the corpus tests run in seconds and g++'s flow warnings fire,
# cheap enough to compile the suite quickly.
cmake -S . -B build/gcc -G Ninja -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1" \
      -DGOVTARGET_BUILD_BENCHMARKS=ON -DGOVTARGET_MEMCHECK=OFF
cmake --build build/gcc -j "$jobs"
ctest --test-dir build/gcc -j "$jobs" --output-on-failure
echo "=== the test suite passed with g++ in $(( $(date +%s) - started )) s"
