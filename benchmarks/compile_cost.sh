#!/usr/bin/env bash
# Compile cost of including govtarget, with g++, median of 5 compiles at -O0 and at -O2:
# the README's quick start translation unit (tests/consumer/main.cpp), examples/quickstart.cpp
# (the umbrella header and a page of code), the umbrella header, each opt-in header alone,
# and for scale a translation unit that includes only <fmt/format.h> and <date/date.h>.
# Each is reported in seconds and as a multiple of that scale TU.
#
#   bash benchmarks/compile_cost.sh [HEADER…]   the opt-in headers to measure (default: every
#                                              one listed below; "none": only the others)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cxx=${CXX:-g++}
flags=(-std=c++20 -Iinclude -I/usr/include/libxml2 -I/usr/include/liborcus-0.17 -DONLY_C_LOCALE=1 -DHAS_STRING_VIEW=1)

printf '#include <fmt/format.h>\n#include <date/date.h>\nint main() {}\n' > "$work/scale.cpp"
cp tests/consumer/main.cpp "$work/readme_quick_start.cpp"
cp examples/quickstart.cpp "$work/examples_quickstart.cpp"
printf '#include <govtarget/govtarget.hpp>\nint main() {}\n' > "$work/umbrella.cpp"
opt_in=(completion_table target_extractor quantity_reader pairing table_pairs target_changes pairing_writers
        report_text html_report json csv ledger fmt html_table office_table xlsx_report batch)
if [[ $# -gt 0 ]]; then opt_in=("$@"); fi
if [[ ${opt_in[0]} == none ]]; then opt_in=(); fi
for h in "${opt_in[@]}"; do printf '#include <govtarget/%s.hpp>\nint main() {}\n' "$h" > "$work/$h.cpp"; done

median() {
  local file=$1 level=$2 times=()
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s.%N)
    "$cxx" "${flags[@]}" "$level" -c "$work/$file" -o "$work/out.o"
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

echo "compiler: $($cxx --version | head -1); cores: $(nproc)"
printf '%-28s %8s %8s %8s %8s\n' "translation unit" "-O0 s" "× scale" "-O2 s" "× scale"
scale0=$(median scale.cpp -O0)
scale2=$(median scale.cpp -O2)
printf '%-28s %8.2f %8s %8.2f %8s\n' "fmt + date (scale)" "$scale0" "1.0" "$scale2" "1.0"
for tu in readme_quick_start examples_quickstart umbrella "${opt_in[@]}"; do
  t0=$(median "$tu.cpp" -O0)
  t2=$(median "$tu.cpp" -O2)
  printf '%-28s %8.2f %8.1f %8.2f %8.1f\n' "$tu" "$t0" "$(echo "$t0 / $scale0" | bc -l)" "$t2" "$(echo "$t2 / $scale2" | bc -l)"
done
