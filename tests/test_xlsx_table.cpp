#include <govtarget/xlsx_table.hpp>
#include <govtarget/completion_table.hpp>

#include <doctest/doctest.h>

#include "zip_writer.hpp"

#include <string>

using namespace govtarget;
using govtarget::test::workbook_of;

namespace {
std::string text_at(const cell_grid& grid, std::size_t row, std::size_t column) {
    REQUIRE(row < grid.rows.size());
    REQUIRE(column < grid.rows[row].cells.size());
    return grid.rows[row].cells[column].text;
}

// Styles: 0 General, 1 the built-in 0%, 2 a custom 0.0%, 3 the built-in date (14), 4 a custom
// Chinese date, 5 a date with a time, 6 a percent sign in quotes (a number).
const std::string styles =
    "<numFmts count=\"4\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"yyyy-mm-dd hh:mm\"/><numFmt numFmtId=\"167\" formatCode=\"0&quot;%&quot;\"/></numFmts>"
    "<cellXfs count=\"7\"><xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/>"
    "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"167\"/></cellXfs>";
}  // namespace

TEST_CASE("stored numbers read exactly: 15 significant digits, the point moved for a percent") {
    using detail::excel_number_text;
    CHECK(excel_number_text("0.536", 2) == "53.6");
    CHECK(excel_number_text("0.53600000000000003", 2) == "53.6");  // as Excel writes 0.536
    CHECK(excel_number_text("5.3600000000000003E-1", 2) == "53.6");
    CHECK(excel_number_text("1.45", 2) == "145");
    CHECK(excel_number_text("0.52000000000000002", 2) == "52");
    CHECK(excel_number_text("740") == "740");
    CHECK(excel_number_text("-12.50") == "-12.5");
    CHECK(excel_number_text("1E3") == "1000");
    CHECK(excel_number_text("1.5e-5") == "0.000015");
    CHECK(excel_number_text("0.1234567890123456789") == "0.123456789012346");
    CHECK(excel_number_text("999999999999999.95") == "1000000000000000");
    CHECK(excel_number_text("-0.0") == "0");
    CHECK(excel_number_text(".5") == "0.5");
    for (const char* bad : {"", "-", "abc", "1e", "1e401", "1.2.3", "12a", "0x10", "1e+"}) {
        CAPTURE(bad);
        CHECK_FALSE(excel_number_text(bad));
    }
}

TEST_CASE("number formats: percent, date, date and time, text, number") {
    using detail::excel_number_kind;
    using detail::number_format_kind;
    CHECK(number_format_kind("0.0%") == excel_number_kind::percent);
    CHECK(number_format_kind("0.00%;[Red]-0.00%") == excel_number_kind::percent);
    CHECK(number_format_kind("0\"%\"") == excel_number_kind::number);  // the sign is text
    CHECK(number_format_kind("0\\%") == excel_number_kind::number);
    CHECK(number_format_kind("yyyy\"年\"m\"月\"d\"日\"") == excel_number_kind::date);
    CHECK(number_format_kind("yyyy-mm-dd hh:mm") == excel_number_kind::date_time);
    CHECK(number_format_kind("[h]:mm:ss") == excel_number_kind::date_time);
    CHECK(number_format_kind("[Red]#,##0.00") == excel_number_kind::number);
    CHECK(number_format_kind("General") == excel_number_kind::number);
    CHECK(number_format_kind("0.00E+00") == excel_number_kind::number);
    CHECK(number_format_kind("#,##0\"万元\"") == excel_number_kind::number);
    CHECK(number_format_kind("@") == excel_number_kind::text);
    CHECK(detail::builtin_number_kind(9) == excel_number_kind::percent);
    CHECK(detail::builtin_number_kind(14) == excel_number_kind::date);
    CHECK(detail::builtin_number_kind(31) == excel_number_kind::date);  // yyyy"年"m"月"d"日"
    CHECK(detail::builtin_number_kind(22) == excel_number_kind::date_time);
    CHECK(detail::builtin_number_kind(3) == excel_number_kind::number);
}

TEST_CASE("date serials: the 1900 system with Lotus's leap day, the 1904 system, times to the second") {
    using detail::excel_serial_text;
    CHECK(excel_serial_text("45473", false, false) == "2024-06-30");
    CHECK(excel_serial_text("1", false, false) == "1900-01-01");
    CHECK(excel_serial_text("59", false, false) == "1900-02-28");
    CHECK_FALSE(excel_serial_text("60", false, false));  // 1900-02-29, which was no day
    CHECK(excel_serial_text("61", false, false) == "1900-03-01");
    CHECK(excel_serial_text("0", true, false) == "1904-01-01");
    CHECK(excel_serial_text("45473.75", false, true) == "2024-06-30 18:00:00");
    CHECK(excel_serial_text("45473.999999999", false, true) == "2024-07-01 00:00:00");
    CHECK_FALSE(excel_serial_text("-1", false, false));
    CHECK_FALSE(excel_serial_text("99999999", false, false));
    CHECK_FALSE(excel_serial_text("x", false, false));
}

TEST_CASE("a sheet as a grid: shared and inline strings, percent and date formats, merged ranges") {
    const std::string sheet =
        "<sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>2</v></c><c r=\"C3\" t=\"inlineStr\"><is><t>完成情况</t></is></c>"
        "<c r=\"D3\" t=\"s\"><v>3</v></c></row>"
        "<row r=\"4\"><c r=\"A4\"><v>1</v></c><c r=\"B4\" t=\"s\"><v>4</v></c><c r=\"C4\" s=\"2\"><v>0.53600000000000003</v></c>"
        "<c r=\"D4\" s=\"3\"><v>45473</v></c></row>"
        "<row r=\"5\"><c r=\"A5\"><v>2</v></c><c r=\"C5\" s=\"1\"><v>1.45</v></c><c r=\"D5\" s=\"4\"><v>45474</v></c></row>"
        "<row><c><v>3</v></c><c/><c t=\"str\"><v>已完成</v></c><c s=\"5\"><v>45473.5</v></c><c t=\"b\"><v>1</v></c>"
        "<c t=\"e\"><v>#N/A</v></c><c s=\"6\"><v>80</v></c></row>"
        "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A1:D1\"/><mergeCell ref=\"B4:B6\"/></mergeCells>";
    const std::string strings =
        "<si><t>2024年第二季度重点工作完成情况</t></si><si><t>序号</t></si><si><t>工作任务</t></si>"
        "<si><r><t>完成</t></r><r><rPr><b/></rPr><t>时限</t></r><rPh sb=\"0\" eb=\"2\"><t>カンリョウ</t></rPh></si>"
        "<si><t>推进城中村改造</t></si>";
    const std::vector<cell_grid> sheets = read_xlsx_sheets(workbook_of(sheet, strings, styles), "book.xlsx");
    REQUIRE(sheets.size() == 1);
    const cell_grid& g = sheets[0];
    CHECK(g.source == "book.xlsx[表1]");
    REQUIRE(g.rows.size() == 5);  // the blank row 2 is no row
    CHECK(g.rows[0].line == 1);
    CHECK(text_at(g, 0, 0) == "2024年第二季度重点工作完成情况");
    CHECK(text_at(g, 0, 3) == "2024年第二季度重点工作完成情况");
    CHECK(g.rows[0].cells[3].inherited);
    CHECK(text_at(g, 1, 3) == "完成时限");  // rich text runs, not the phonetic guide
    CHECK(text_at(g, 2, 2) == "53.6%");
    CHECK(text_at(g, 2, 3) == "2024-06-30");
    CHECK(text_at(g, 3, 1) == "推进城中村改造");
    CHECK(g.rows[3].cells[1].inherited);
    CHECK(text_at(g, 3, 2) == "145%");
    CHECK(text_at(g, 3, 3) == "2024-07-01");
    CHECK(g.rows[4].line == 6);  // a row without r= follows the one before
    CHECK(text_at(g, 4, 1) == "推进城中村改造");
    CHECK(text_at(g, 4, 2) == "已完成");
    CHECK(text_at(g, 4, 3) == "2024-06-30 12:00:00");
    CHECK(text_at(g, 4, 4) == "TRUE");
    CHECK(text_at(g, 4, 5) == "#N/A");
    CHECK(text_at(g, 4, 6) == "80");
    CHECK(g.rows[4].cells[6].column == 7);
}

TEST_CASE("a workbook's task table: percents exact, the title from the merged first row") {
    const std::string sheet =
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>2024年第二季度重点工作完成情况</t></is></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>序号</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>工作任务</t></is></c>"
        "<c r=\"C2\" t=\"inlineStr\"><is><t>牵头单位</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>完成情况</t></is></c></row>"
        "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>新建保障性租赁住房</t></is></c>"
        "<c r=\"C3\" t=\"inlineStr\"><is><t>区住建局\n区城投集团</t></is></c><c r=\"D3\" s=\"2\"><v>0.536</v></c></row>"
        "<row r=\"4\"><c r=\"A4\"><v>2</v></c><c r=\"B4\" t=\"inlineStr\"><is><t>老旧小区改造</t></is></c>"
        "<c r=\"D4\" s=\"1\"><v>5.2000000000000002E-1</v></c></row></sheetData>"
        "<mergeCells><mergeCell ref=\"A1:D1\"/><mergeCell ref=\"C3:C4\"/></mergeCells>";
    const completion_table table = read_task_table(read_xlsx_sheets(workbook_of(sheet, "", styles), "q2.xlsx"), "q2.xlsx");
    CHECK(table.title == "2024年第二季度重点工作完成情况");
    CHECK(table.reporting_period == period::quarter(date::year{2024}, 2));
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].completion == share(decimal::parse("53.6")));
    CHECK(table.rows[0].lead_units == std::vector<std::string>{"区住建局", "区城投集团"});
    CHECK(table.rows[1].completion == share(decimal::parse("52")));
    CHECK(table.rows[1].lead_units_inherited);
    CHECK(table.rows[1].lead_units == std::vector<std::string>{"区住建局", "区城投集团"});
}

TEST_CASE("a 1904 workbook's dates") {
    const std::string sheet = "<sheetData><row r=\"1\"><c r=\"A1\" s=\"3\"><v>0</v></c></row></sheetData>";
    const auto sheets = read_xlsx_sheets(workbook_of(sheet, "", styles, "<workbookPr date1904=\"1\"/>"), "mac.xlsx");
    REQUIRE(sheets.size() == 1);
    CHECK(text_at(sheets[0], 0, 0) == "1904-01-01");
}

TEST_CASE("bad sheets: what is wrong, and where") {
    CHECK_THROWS_WITH_AS(read_xlsx_sheets(workbook_of("<sheetData><row r=\"2\"><c r=\"B2\" t=\"s\"><v>7</v></c></row></sheetData>"), "b.xlsx"),
                         "govtarget: b.xlsx[表1]:2:2: a shared string that is not in the workbook's table of strings: \"7\"",
                         read_error);
    CHECK_THROWS_WITH_AS(read_xlsx_sheets(workbook_of("<sheetData><row r=\"1\"><c r=\"A1\"><v>abc</v></c></row></sheetData>"), "b.xlsx"),
                         "govtarget: b.xlsx[表1]:1:1: a number cell whose value is not a number: \"abc\"", read_error);
    CHECK_THROWS_WITH_AS(read_xlsx_sheets(workbook_of("<sheetData><row r=\"1\"><c r=\"1A\"><v>1</v></c></row></sheetData>"), "b.xlsx"),
                         doctest::Contains("b.xlsx[表1]:1:1: not a cell reference: \"1A\""), read_error);
    CHECK_THROWS_WITH_AS(
        read_xlsx_sheets(workbook_of("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"
                                     "<mergeCells><mergeCell ref=\"B2:A1\"/></mergeCells>"),
                         "b.xlsx"),
        doctest::Contains("a merged range that is not a range of cells: \"B2:A1\""), read_error);
    CHECK_THROWS_WITH_AS(read_xlsx_sheets(workbook_of("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"Z1\"><v>1</v>"),
                                          "b.xlsx"),
                         doctest::Contains("b.xlsx/xl/worksheets/sheet1.xml:2:"), read_error);
    // A cell far out: refused by size before a grid of it is made.
    office_limits small;
    small.max_table_cells = 100;
    CHECK_THROWS_WITH_AS(read_xlsx_sheets(workbook_of("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\"><v>1</v></c>"
                                                      "</row><row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row></sheetData>"),
                                          "big.xlsx", small),
                         "govtarget: big.xlsx[表1]:0:0: a sheet of 2 rows by 16384 columns, more than the limit of 100 cells",
                         read_error);
}
