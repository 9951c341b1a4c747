#!/usr/bin/env bash
# Builds govtarget and runs its whole test suite six times: with g++ 12 (and the command
# under valgrind memcheck), with clang++ 14, with g++ on the portable path (Boost's checked
# 128-bit integers instead of __int128, no overflow builtins: GOVTARGET_FORCE_BOOST_WIDE),
# with clang++ and with g++ under AddressSanitizer + UndefinedBehaviorSanitizer, and with
# g++ --coverage, printing the line coverage of include/. Then runs every libFuzzer harness
# (scripts/fuzz.sh: about 100 s each).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
started=$(date +%s)

jobs=$(nproc)
run_suite() {
  local name=$1 compiler=$2 build_type=$3 flags=$4
  shift 4
  echo "=== $name: $compiler $build_type $flags $*"
  cmake -S . -B "build/$name" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_BUILD_TYPE="$build_type" \
        -DCMAKE_CXX_FLAGS="$flags" "$@"
  cmake --build "build/$name" -j "$jobs"
  ctest --test-dir "build/$name" -j "$jobs" --output-on-failure
}

run_suite gcc g++ Release "" -DGOVTARGET_BUILD_BENCHMARKS=ON -DGOVTARGET_MEMCHECK=ON
run_suite clang clang++ RelWithDebInfo "" -DGOVTARGET_BUILD_BENCHMARKS=ON
run_suite boost-wide g++ Release "" -DGOVTARGET_FORCE_BOOST_WIDE=ON -DGOVTARGET_BUILD_BENCHMARKS=OFF
(
  # Both compilers' AddressSanitizer + UndefinedBehaviorSanitizer: each finds what the other misses.
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  sanitizers="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
  run_suite sanitize clang++ Debug "$sanitizers" -DGOVTARGET_BUILD_BENCHMARKS=ON
  run_suite sanitize-gcc g++ Debug "$sanitizers" -DGOVTARGET_BUILD_BENCHMARKS=OFF
)

# Line coverage of the library's headers by the whole suite.
find build/coverage -name '*.gcda' -delete 2>/dev/null || true
# Atomic counters: the progress reader's threads would otherwise race on them.
run_suite coverage g++ Debug "--coverage -fprofile-update=atomic" -DGOVTARGET_BUILD_BENCHMARKS=OFF
echo "=== line coverage of include/ (gcovr)"
# gcovr 5.2 cannot parse some lines gcov 12 writes about calls and branches; lines are unaffected.
gcovr --root . --filter 'include/' --sort-percentage --gcov-ignore-parse-errors build/coverage 2> build/coverage/gcovr.log \
  | tee build/coverage/coverage.txt
coverage=$(awk '/^TOTAL/ {print $NF}' build/coverage/coverage.txt)
echo "line coverage of include/: $coverage"

echo "=== fuzzing: every harness, a fixed number of executions from a fixed seed"
bash scripts/fuzz.sh

echo "=== all passed: g++ (+ memcheck), clang++, g++ with Boost wide integers, ASan+UBSan (clang++, g++), coverage $coverage, fuzzing; $(( $(date +%s) - started )) s"
