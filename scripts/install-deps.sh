#!/usr/bin/env bash
# Installs, from Debian's packages, whatever govtarget's build, tests and tools still lack.
# Run as root on Debian 12. Installs nothing when everything is already there.
set -euo pipefail

packages=(
  cmake ninja-build g++ clang libclang-rt-14-dev   # compilers, sanitizers
  libboost-dev libhowardhinnant-date-dev            # the library's dependencies
  doctest-dev libbenchmark-dev                      # tests and benchmarks
  nlohmann-json3-dev libfmt-dev libsqlite3-dev      # the opt-in JSON, fmt and SQLite headers
  libxml2-dev libxlsxwriter-dev liborcus-dev        # the opt-in HTML and office readers, Excel report
  pkg-config                                        # the pkg-config consumer test
  chromium fonts-noto-cjk                           # the HTML report rendered in a browser
  valgrind gcovr                                    # memcheck of the command, line coverage
)

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
