#!/usr/bin/env bash
# Installs, from Debian's packages, what one of govtarget's jobs lacks. Run as root on
# Debian 12. Installs nothing when everything is already there.
#
#   scripts/install-deps.sh run      the govtarget command (scripts/run.sh)
#   scripts/install-deps.sh test     + the tests and benchmarks (scripts/test.sh)
#   scripts/install-deps.sh matrix   + clang, sanitizer runtimes, valgrind, gcovr, Chromium
#                                      (scripts/matrix.sh, scripts/fuzz.sh)
set -euo pipefail
job=${1:-test}

run=(
  cmake ninja-build g++ pkg-config                 # the build
  libboost-dev libhowardhinnant-date-dev            # the library's dependencies
  libsqlite3-dev libxml2-dev liborcus-dev           # the command's ledger, web page and office readers
  libxlsxwriter-dev                                 # the command's Excel report
)
test=(
  doctest-dev libbenchmark-dev                      # tests and benchmarks
  nlohmann-json3-dev libfmt-dev                     # the opt-in JSON and fmt headers
  python3                                           # the workbook check, the fuzz corpus scripts
)
matrix=(
  clang libclang-rt-14-dev                          # the second compiler, sanitizers, libFuzzer
  valgrind gcovr                                    # memcheck of the command, line coverage
  chromium fonts-noto-cjk                           # the HTML report rendered in a browser
)
case $job in
  run) packages=("${run[@]}") ;;
  test) packages=("${run[@]}" "${test[@]}") ;;
  matrix) packages=("${run[@]}" "${test[@]}" "${matrix[@]}") ;;
  *) echo "usage: install-deps.sh run|test|matrix" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
