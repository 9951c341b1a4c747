#!/usr/bin/env bash
# The full matrix, after scripts/test.sh (which it reuses): the command under valgrind
# memcheck and the HTML report in headless Chromium (on test.sh's g++ build); the suite with
# clang++ 14 under AddressSanitizer + UndefinedBehaviorSanitizer; with g++ under ASan + UBSan
# on the portable path MSVC takes (Boost.Multiprecision's checked 128-bit integers instead
# of __int128: GOVTARGET_FORCE_BOOST_WIDE); with g++ --coverage, printing the line coverage
# of include/; then every libFuzzer harness (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
bash scripts/install-deps.sh matrix
jobs=$(nproc)

echo "=== valgrind memcheck and Chromium, on the g++ build"
cmake -S . -B build/gcc -G Ninja -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1" \
      -DGOVTARGET_BUILD_BENCHMARKS=ON -DGOVTARGET_MEMCHECK=ON
cmake --build build/gcc -j "$jobs"
ctest --test-dir build/gcc -j "$jobs" --output-on-failure -R '^(memcheck|html_report)\.'

# Header self-containment and the consumer projects were checked by test.sh; they do not
# depend on the compiler's checks below.
run_suite() {
  local name=$1 compiler=$2 flags=$3
  shift 3
  echo "=== $name: $compiler $flags $*"
  cmake -S . -B "build/$name" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="" -DCMAKE_CXX_FLAGS="$flags" -DGOVTARGET_BUILD_BENCHMARKS=OFF "$@"
  cmake --build "build/$name" -j "$jobs"
  ctest --test-dir "build/$name" -j "$jobs" --output-on-failure -E '^(headers_self_contained|consumer_)'
}
(
  # Both compilers' AddressSanitizer + UndefinedBehaviorSanitizer: each finds what the other misses.
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  # -O0: instrumenting optimised code doubles the build (g++ 12: 58 s against 26 s for
  # test_aggregate.cpp) for tests that run in about two minutes either way. -g1: line tables
  # for the reports, without the cost of full debug information.
  sanitizers="-O0 -g1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
  run_suite sanitize-clang clang++ "$sanitizers"
  run_suite sanitize-gcc-portable g++ "$sanitizers" -DGOVTARGET_FORCE_BOOST_WIDE=ON
)

# Line coverage of the library's headers by the whole suite.
find build/coverage -name '*.gcda' -delete 2>/dev/null || true
# Atomic counters: the progress reader's threads would otherwise race on them.
run_suite coverage g++ "-O0 --coverage -fprofile-update=atomic"
echo "=== line coverage of include/ (gcovr)"
# gcovr 5.2 cannot parse some lines gcov 12 writes about calls and branches; lines are unaffected.
gcovr --root . --filter 'include/' --sort-percentage --gcov-ignore-parse-errors build/coverage 2> build/coverage/gcovr.log \
  | tee build/coverage/coverage.txt
coverage=$(awk '/^TOTAL/ {print $NF}' build/coverage/coverage.txt)

echo "=== fuzzing: every harness, a fixed number of executions from a fixed seed"
bash scripts/fuzz.sh

echo "=== the matrix passed: memcheck, Chromium, clang++ and g++ (portable path) under ASan+UBSan, coverage $coverage, fuzzing; $(( $(date +%s) - started )) s"
