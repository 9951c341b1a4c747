#!/usr/bin/env bash
# Compile cost of including govtarget, at -O0 with g++: the umbrella header against
# boost/multiprecision/cpp_int.hpp alone (goal ≤ 1.5×), and the value-type headers alone
# (goal ≤ 1 s). Each translation unit is compiled 5 times; the median is reported.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cxx=${CXX:-g++}
printf '#include <govtarget/govtarget.hpp>\nint main() {}\n' > "$work/umbrella.cpp"
printf '#include <boost/multiprecision/cpp_int.hpp>\nint main() {}\n' > "$work/cpp_int.cpp"
printf '#include <govtarget/%s.hpp>\n' decimal fraction rate money area length count measure quantity period > "$work/values.cpp"
printf 'int main() {}\n' >> "$work/values.cpp"
median() {
  local file=$1 times=()
  for i in 1 2 3 4 5; do
    local start end
    start=$(date +%s.%N)
    "$cxx" -std=c++20 -O0 -Iinclude -DONLY_C_LOCALE=1 -DHAS_STRING_VIEW=1 -c "$work/$file" -o "$work/out.o"
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}
umbrella=$(median umbrella.cpp)
cpp_int=$(median cpp_int.cpp)
values=$(median values.cpp)
echo "compiler: $($cxx --version | head -1); cores: $(nproc)"
printf 'umbrella govtarget.hpp   %6.2f s\n' "$umbrella"
printf 'cpp_int.hpp alone        %6.2f s\n' "$cpp_int"
printf 'value-type headers       %6.2f s (goal <= 1 s)\n' "$values"
printf 'umbrella / cpp_int       %6.2f   (goal <= 1.5)\n' "$(echo "$umbrella / $cpp_int" | bc -l)"
