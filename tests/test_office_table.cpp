#include <govtarget/office_table.hpp>
#include <govtarget/document.hpp>
#include <govtarget/report.hpp>
#include <govtarget/report_text.hpp>

#include <doctest/doctest.h>

#include "seed.hpp"
#include "zip_writer.hpp"

#include <string>

using namespace govtarget;

namespace {
const std::string office_dir = std::string(GOVTARGET_SOURCE_DIR) + "/tests/data/office/";

std::string report_of(const completion_table& table) {
    const auto as_of = table.default_as_of();
    return render_csv(make_completion_report(table.tasks(as_of), {table.title, "", *table.target_period(), as_of}));
}

std::string file(const std::string& name) { return detail::read_whole_file(office_dir + name, 1 << 26); }

void check_same_rows(const completion_table& read, const completion_table& text) {
    REQUIRE(read.rows.size() == text.rows.size());
    CHECK(read.title == text.title);
    for (std::size_t k = 0; k < text.rows.size(); ++k) {
        CAPTURE(k + 1);
        CHECK(read.rows[k].number == text.rows[k].number);
        CHECK(read.rows[k].category == text.rows[k].category);
        CHECK(read.rows[k].task == text.rows[k].task);
        CHECK(read.rows[k].lead_units == text.rows[k].lead_units);
        CHECK(read.rows[k].co_units == text.rows[k].co_units);
        CHECK(read.rows[k].completion == text.rows[k].completion);
        CHECK(read.rows[k].completion_text == text.rows[k].completion_text);
        CHECK(read.rows[k].stated == text.rows[k].stated);
        CHECK(read.rows[k].actuals.size() == text.rows[k].actuals.size());
    }
}
}  // namespace

TEST_CASE("the bundled table as an .xlsx and a .docx: the same 159 rows and report as its text") {
    // Written by tests/data/office/make_office.py: merged 项目名称 and 牵头单位 cells, percents as
    // numbers in percent formats (some with Excel's 17 digits), a notes sheet before the table.
    const completion_table text = read_completion_table(read_seed(q2_table), q2_table);
    for (const char* name : {"gongshu_2024_q2.xlsx", "gongshu_2024_q2.docx"}) {
        CAPTURE(name);
        const completion_table read = read_completion_table_office_file(office_dir + name);
        check_same_rows(read, text);
        CHECK(read.reporting_period == text.reporting_period);
        CHECK(read.published == text.published);
        CHECK(read.rows[1].category_inherited);
        CHECK(report_of(read) == report_of(text));
    }
    // The notes sheet is no task table, and is said to be none only when a task table follows.
    const office_tables book = read_office_tables(file("gongshu_2024_q2.xlsx"), "g.xlsx");
    CHECK(book.format == office_format::workbook);
    REQUIRE(book.tables.size() == 2);
    CHECK(book.tables[0].source == "g.xlsx[说明]");
    CHECK(read_office_tables(file("gongshu_2024_q2.docx"), "g.docx").format == office_format::word_document);
}

TEST_CASE("other governments' tables as .xlsx and .docx read to the rows of their text forms") {
    for (const char* name : {"suzhou_ah_2022_q1", "tongzhou_bj_2021_q1", "cangnan_zj_2022_m1-10", "chongchuan_js_2023_m1-11"}) {
        const completion_table text =
            read_completion_table_file(std::string(GOVTARGET_SOURCE_DIR) + "/tests/data/tables/" + name + ".txt");
        for (const char* ext : {".xlsx", ".docx"}) {
            CAPTURE(name);
            CAPTURE(ext);
            const completion_table read = read_completion_table_office_file(office_dir + name + ext);
            check_same_rows(read, text);
        }
    }
}

TEST_CASE("the zip directory is checked before anything is inflated") {
    using detail::read_zip_directory;
    const std::string zip = test::zip_of({{"a.xml", "<a/>"}, {"b.xml", "<b/>"}});
    const auto entries = read_zip_directory(zip, "z", 100);
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].name == "b.xml");
    CHECK(entries[1].size == 4);
    CHECK_THROWS_WITH_AS(read_zip_directory(zip, "z", 3), "govtarget: z:0:0: an entry that inflates to 4 bytes, more than the limit of 3 (a zip bomb?): \"a.xml\"", read_error);
    CHECK_THROWS_WITH_AS(read_zip_directory(zip.substr(0, zip.size() / 2), "z", 100), doctest::Contains("no end-of-directory record"), read_error);
    CHECK_THROWS_WITH_AS(read_zip_directory("PK\x03\x04", "z", 100), doctest::Contains("shorter than a zip's end record"), read_error);
    // The data of an entry cut off, the directory intact.
    std::string cut = zip;
    cut.erase(30 + 5, 2);
    CHECK_THROWS_AS(read_zip_directory(cut, "z", 100), read_error);
    // An encrypted entry, and one in a compression no reader here takes.
    std::string encrypted = zip;
    const std::size_t directory = encrypted.find("PK\x01\x02");
    encrypted[directory + 8] = 1;
    CHECK_THROWS_WITH_AS(read_zip_directory(encrypted, "z", 100), doctest::Contains("entry a.xml: encrypted"), read_error);
    std::string bzip = zip;
    bzip[directory + 10] = 12;
    CHECK_THROWS_WITH_AS(read_zip_directory(bzip, "z", 100), doctest::Contains("compression method 12, not deflate"), read_error);
}

TEST_CASE("bad attachments: each a clear error naming the file and what is wrong") {
    const std::string book = file("gongshu_2024_q2.xlsx");
    // Truncated: a download cut short.
    CHECK_THROWS_WITH_AS(read_completion_table_office(book.substr(0, book.size() / 2), "cut.xlsx"),
                         doctest::Contains("cut.xlsx:0:0: not a readable zip archive"), read_error);
    // A zip bomb: a part that says it inflates past the limit is refused before it is inflated.
    office_limits small;
    small.max_part_bytes = 1000;
    CHECK_THROWS_WITH_AS(read_completion_table_office(book, "bomb.xlsx", {}, small),
                         doctest::Contains("more than the limit of 1000 (a zip bomb?)"), read_error);
    CHECK_THROWS_WITH_AS(read_completion_table_office_file(office_dir + "bad/bomb.xlsx"),
                         doctest::Contains("bytes, more than the limit of 67108864 (a zip bomb?)"), read_error);
    // A part whose directory entry understates its size: inflated only to the stated size, which
    // fails the check; and a part whose compressed data is corrupt.
    CHECK_THROWS_WITH_AS(read_completion_table_office_file(office_dir + "bad/understated.xlsx"),
                         doctest::Contains("understated.xlsx:0:0: a part whose inflated bytes fail their CRC-32 check: the file "
                                           "is corrupt: \"xl/worksheets/sheet2.xml\""),
                         read_error);
    CHECK_THROWS_WITH_AS(read_completion_table_office_file(office_dir + "bad/corrupt_deflate.docx"),
                         doctest::Contains("corrupt_deflate.docx:0:0: a part"), read_error);
    // Not XML where XML must be.
    const std::string broken = test::workbook_of("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData>");
    CHECK_THROWS_WITH_AS(read_completion_table_office(broken, "x.xlsx"), doctest::Contains("x.xlsx/xl/worksheets/sheet1.xml:2:"),
                         read_error);
    // A zip that is neither a workbook nor a Word document.
    CHECK_THROWS_WITH_AS(read_completion_table_office(test::zip_of({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}}),
                                                      "o.ods"),
                         doctest::Contains("neither an Excel workbook (.xlsx) nor a Word document (.docx)"), read_error);
    // A workbook with no task table.
    const std::string notes = test::workbook_of(
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>填表说明</t></is></c></row></sheetData>");
    CHECK_THROWS_WITH_AS(read_completion_table_office(notes, "n.xlsx"), doctest::Contains("n.xlsx[表1]"), read_error);
    CHECK_THROWS_WITH_AS(read_completion_table_office(test::workbook_of("<sheetData/>"), "e.xlsx"),
                         "govtarget: e.xlsx:0:0: no sheet with cells in the workbook", read_error);
    // Missing parts the relationships point to.
    const std::string no_sheet = test::zip_of({{"_rels/.rels", test::root_relationships("xl/workbook.xml")}});
    CHECK_THROWS_WITH_AS(read_xlsx_sheets(no_sheet, "w.xlsx"), doctest::Contains("without a workbook part"), read_error);
}

TEST_CASE("office files told from their bytes: a password-protected one, and an old one under a new name") {
    CHECK(kind_of_document(file("gongshu_2024_q2.xlsx")) == document_kind::office_zip);
    CHECK(kind_of_document(file("gongshu_2024_q2.docx")) == document_kind::office_zip);
    const std::string encrypted = file("bad/password.xlsx");
    CHECK(kind_of_document(encrypted) == document_kind::office_encrypted);
    CHECK(std::string(unreadable_document("password.xlsx", document_kind::office_encrypted).what())
              .find("password-protected") != std::string::npos);
    CHECK(std::string(unreadable_document("old.xlsx", document_kind::office_binary).what())
              .find("named .xlsx but in the old binary Office or WPS format") != std::string::npos);
    CHECK(std::string(unreadable_document("old.xls", document_kind::office_binary).what()).find("named") == std::string::npos);
}
