#pragma once
// govtarget's model: values, periods, targets, assessment, progress, pace, aggregation and
// history. Readers and writers are opt-in, each in its own header, so that a program pays
// at compile time only for what it uses (like {fmt}'s core and its extra headers):
//   completion_table.hpp (with table_vocabulary.hpp, table_text.hpp, cell_grid.hpp),
//   table_rows.hpp, table_targets.hpp, vocabulary_file.hpp, quantity_reader.hpp,
//   target_extractor.hpp, batch.hpp, csv.hpp, document.hpp, extract_writers.hpp, report.hpp,
//   report_text.hpp, html_report.hpp, text_layout.hpp — and, with a library to link,
//   fmt.hpp, json.hpp, ledger.hpp.

#include <govtarget/aggregate.hpp>
#include <govtarget/area.hpp>
#include <govtarget/assessment.hpp>
#include <govtarget/change.hpp>
#include <govtarget/count.hpp>
#include <govtarget/decimal.hpp>
#include <govtarget/error.hpp>
#include <govtarget/fraction.hpp>
#include <govtarget/history.hpp>
#include <govtarget/lexicon.hpp>
#include <govtarget/length.hpp>
#include <govtarget/measure.hpp>
#include <govtarget/money.hpp>
#include <govtarget/pace.hpp>
#include <govtarget/parse_result.hpp>
#include <govtarget/period.hpp>
#include <govtarget/progress.hpp>
#include <govtarget/quantity.hpp>
#include <govtarget/rate.hpp>
#include <govtarget/rounding.hpp>
#include <govtarget/stated_status.hpp>
#include <govtarget/status.hpp>
#include <govtarget/target.hpp>
#include <govtarget/version.hpp>
