#!/usr/bin/env bash
# Builds govtarget and runs its whole test suite three times: with g++ 12, with clang++ 14,
# and with clang++ under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

jobs=$(nproc)
run_suite() {
  local name=$1 compiler=$2 build_type=$3 flags=$4
  echo "=== $name: $compiler $build_type $flags"
  cmake -S . -B "build/$name" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_BUILD_TYPE="$build_type" \
        -DCMAKE_CXX_FLAGS="$flags" -DGOVTARGET_BUILD_BENCHMARKS=ON
  cmake --build "build/$name" -j "$jobs"
  ctest --test-dir "build/$name" -j "$jobs" --output-on-failure
}

run_suite gcc g++ Release ""
run_suite clang clang++ RelWithDebInfo ""
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
run_suite sanitize clang++ Debug "-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
echo "=== all suites passed: g++, clang++, ASan+UBSan"
