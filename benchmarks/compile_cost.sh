#!/usr/bin/env bash
# Compile cost of including govtarget, with g++, median of 5 compiles at -O0 and at -O2:
# the README's quick start translation unit (tests/consumer/main.cpp) as the README builds it
# (linking govtarget::compiled: GOVTARGET_SEPARATE_COMPILATION) and header-only, examples/quickstart.cpp
# (the umbrella header and a page of code), the umbrella header, each opt-in header alone,
# and for scale a translation unit that includes only <fmt/format.h> and <date/date.h>.
# Each is reported in CPU seconds and as a multiple of that scale TU, compiled turn about with it.
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

# CPU seconds (user + system) of one compile: steadier than wall time on a shared machine.
cpu_seconds() {
  local file=$1 level=$2 extra=()
  # The README's quick start links govtarget::compiled, which defines this.
  [[ $file == readme_quick_start.cpp ]] && extra=(-DGOVTARGET_SEPARATE_COMPILATION)
  [[ $file == readme_quick_start_header_only.cpp ]] && file=readme_quick_start.cpp
  local TIMEFORMAT='%3U %3S' times
  times=$( { time "$cxx" "${flags[@]}" "${extra[@]}" "$level" -c "$work/$file" -o "$work/out.o"; } 2>&1 )
  echo "$times" | awk '{print $1 + $2}'
}

# Median of 5 of a TU's time and of the scale TU's, compiled turn about so that both see the
# same machine; the ratio is of the two medians.
measure() {
  local file=$1 level=$2 tu=() scale=()
  for _ in 1 2 3 4 5; do
    tu+=("$(cpu_seconds "$file" "$level")")
    scale+=("$(cpu_seconds scale.cpp "$level")")
  done
  local t s
  t=$(printf '%s\n' "${tu[@]}" | sort -n | sed -n 3p)
  s=$(printf '%s\n' "${scale[@]}" | sort -n | sed -n 3p)
  echo "$t $s $(echo "$t / $s" | bc -l)"
}

echo "compiler: $($cxx --version | head -1); cores: $(nproc); CPU seconds, median of 5"
printf '%-32s %8s %8s %8s %8s %8s %8s\n' "translation unit" "-O0 s" "scale s" "× scale" "-O2 s" "scale s" "× scale"
for tu in readme_quick_start readme_quick_start_header_only examples_quickstart umbrella "${opt_in[@]}"; do
  read -r t0 s0 r0 < <(measure "$tu.cpp" -O0)
  read -r t2 s2 r2 < <(measure "$tu.cpp" -O2)
  printf '%-32s %8.2f %8.2f %8.1f %8.2f %8.2f %8.1f\n' "$tu" "$t0" "$s0" "$r0" "$t2" "$s2" "$r2"
done
