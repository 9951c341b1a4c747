#!/usr/bin/env python3
"""Writes a completion table as the attachments governments publish: an Excel workbook (.xlsx)
and a Word document (.docx), from its rows as read from text (`govtarget table FILE --rows`).
The office readers must read each to the same rows.

In the workbook: a first sheet of notes (not the task table), then the table under a title
merged across it; category and lead-unit cells merged down their runs (or, with --sections,
section rows merged across the table); several units in one cell on lines of their own;
completions that are percents stored as numbers in percent formats (0%, 0.0%, 0.00%), some
written with 17 significant digits as Excel writes them. In the document: the title and date
as paragraphs, merged cells as vMerge (or gridSpan section rows), units as paragraphs.

    python3 make_office.py NAME ROWS.jsonl TITLE [--sections] [--published TEXT]
"""
import argparse
import json
import re
import zipfile
from decimal import Decimal
from xml.sax.saxutils import escape

parser = argparse.ArgumentParser()
parser.add_argument("name")
parser.add_argument("rows")
parser.add_argument("title")
parser.add_argument("--sections", action="store_true", help="categories as section rows, not a column")
parser.add_argument("--published", default="")
args = parser.parse_args()

rows = [json.loads(line) for line in open(args.rows, encoding="utf-8")]
extra = list(rows[0]["extra"].keys()) if rows else []
has_co = any(r["co_units"] for r in rows)
has_lead = any(r["lead_units"] for r in rows)
if args.sections:
    headers = ["序号", "工作任务"] + (["牵头单位"] if has_lead else []) + (["配合单位"] if has_co else []) + extra + ["完成情况"]
else:
    headers = ["序号", "项目名称", "主要工作内容", "牵头单位", "完成进度"]


def cells_of(r):
    """A row's cells, by header: text, or ("merge", key) for cells merged down their runs."""
    if args.sections:
        out = [r["number"], r["task"]]
        if has_lead:
            out.append(("merge", (r["category"], tuple(r["lead_units"])), "\n".join(r["lead_units"])))
        if has_co:
            out.append("、".join(r["co_units"]))
        out += [r["extra"][h] for h in extra]
    else:
        out = [r["number"], ("merge", r["category"], r["category"]), r["task"],
               ("merge", (r["category"], tuple(r["lead_units"])), "\n".join(r["lead_units"]))]
    out.append(r["completion_text"])
    return out


def runs(column):
    """For each row, how many rows its merged cell in `column` spans (0: covered)."""
    keys = [cells_of(r)[column] for r in rows]
    spans, k = [0] * len(rows), 0
    while k < len(rows):
        j = k + 1
        while (isinstance(keys[k], tuple) and j < len(rows) and keys[j] == keys[k]
               and (not args.sections or rows[j]["category"] == rows[k]["category"])):
            j += 1
        spans[k] = j - k
        k = j
    return spans


spans = [runs(c) for c in range(len(headers))]
PERCENT = re.compile(r"^(\d+(?:\.(\d+))?)%$")


def column_name(k):
    name = ""
    k += 1
    while k:
        k, rem = divmod(k - 1, 26)
        name = chr(65 + rem) + name
    return name


def write_xlsx(path):
    strings, index = [], {}

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    last = column_name(len(headers) - 1)
    sheet_rows, merges, written = [], [], 0

    def add_row(values):  # values: list of (column, kind, payload, style)
        nonlocal written
        written += 1
        cells = []
        for col, kind, payload, style in values:
            ref = f"{column_name(col)}{written}"
            s = f' s="{style}"' if style else ""
            if kind == "s":
                cells.append(f'<c r="{ref}" t="s"{s}><v>{shared(payload)}</v></c>')
            else:
                cells.append(f'<c r="{ref}"{s}><v>{payload}</v></c>')
        sheet_rows.append(f'<row r="{written}">' + "".join(cells) + "</row>")
        return written

    top = add_row([(0, "s", args.title, 4)])
    merges.append(f"A{top}:{last}{top}")
    if args.published:
        add_row([(0, "s", args.published, 0)])
    add_row([(k, "s", h, 4) for k, h in enumerate(headers)])
    section, percents = "", 0
    for k, r in enumerate(rows):
        if args.sections and r["category"] != section:
            section = r["category"]
            for part in section.split(" / "):
                at = add_row([(0, "s", part, 0)])
                merges.append(f"A{at}:{last}{at}")
        values = []
        for c, cell in enumerate(cells_of(r)):
            if isinstance(cell, tuple):
                if not spans[c][k]:
                    continue
                if spans[c][k] > 1:
                    merges.append(f"{column_name(c)}{written + 1}:{column_name(c)}{written + spans[c][k]}")
                cell = cell[2]
            if cell == "":
                continue
            m = PERCENT.match(cell) if c == len(headers) - 1 else None
            if m:
                value = Decimal(m.group(1)) / 100
                decimals = len(m.group(2) or "")
                style = 1 if decimals == 0 else 2 if decimals == 1 else 3
                percents += 1
                stored = "%.17g" % float(value) if percents % 3 == 0 else str(value.normalize())
                values.append((c, "n", stored, style))
            else:
                values.append((c, "s", cell, 4))
        add_row(values)
    notes = ['<row r="1"><c r="A1" t="inlineStr"><is><t>填表说明</t></is></c></row>',
             '<row r="3"><c r="A3" t="inlineStr"><is><t>完成进度按季度填报，未到时序的填“/”。</t></is></c></row>']
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns}><sheetData>'
             + "".join(sheet_rows) + "</sheetData>"
             + (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>")
             + "</worksheet>")
    notes_sheet = f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet {ns}><sheetData>' + "".join(notes) + "</sheetData></worksheet>"
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="5"><xf numFmtId="0" xfId="0"/><xf numFmtId="9" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf></cellXfs>'
              "</styleSheet>")
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<workbook {ns}><sheets><sheet name="说明" sheetId="1" r:id="rId1"/>'
                '<sheet name="任务完成情况" sheetId="2" r:id="rId2"/></sheets></workbook>')
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    workbook_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                     f'<Relationship Id="rId2" Type="{rel}/worksheet" Target="worksheets/sheet2.xml"/>'
                     f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
                     f'<Relationship Id="rId4" Type="{rel}/styles" Target="styles.xml"/></Relationships>')
    main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     f'<Override PartName="/xl/workbook.xml" ContentType="{main}.sheet.main+xml"/>'
                     f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{main}.worksheet+xml"/>'
                     f'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="{main}.worksheet+xml"/>'
                     f'<Override PartName="/xl/sharedStrings.xml" ContentType="{main}.sharedStrings+xml"/>'
                     f'<Override PartName="/xl/styles.xml" ContentType="{main}.styles+xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", root_rels("xl/workbook.xml"))
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        z.writestr("xl/worksheets/sheet1.xml", notes_sheet)
        z.writestr("xl/worksheets/sheet2.xml", sheet)
        z.writestr("xl/sharedStrings.xml", sst)
        z.writestr("xl/styles.xml", styles)


def root_rels(main):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            f'Target="{main}"/></Relationships>')


def paragraph(text):
    runs = '<w:br/>'.join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in text.split("\n"))
    return f"<w:p><w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr>{runs}</w:r></w:p>"


def write_docx(path):
    n = len(headers)
    body = [paragraph(args.title)]
    if args.published:
        body.append(paragraph(args.published))
    body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'
                + '<w:gridCol w:w="1500"/>' * n + "</w:tblGrid>")

    def tc(content, props=""):
        return f"<w:tc><w:tcPr>{props}</w:tcPr>{content or '<w:p/>'}</w:tc>"

    body.append('<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(tc(paragraph(h)) for h in headers) + "</w:tr>")
    section = ""
    for k, r in enumerate(rows):
        if args.sections and r["category"] != section:
            section = r["category"]
            for part in section.split(" / "):
                body.append("<w:tr>" + tc(paragraph(part), f'<w:gridSpan w:val="{n}"/>') + "</w:tr>")
        cells = []
        for c, cell in enumerate(cells_of(r)):
            if isinstance(cell, tuple):
                if not spans[c][k]:
                    cells.append(tc("", "<w:vMerge/>"))
                    continue
                text = cell[2]
                props = '<w:vMerge w:val="restart"/>' if spans[c][k] > 1 else ""
                # Several units: a paragraph each.
                cells.append(tc("".join(paragraph(line) for line in text.split("\n")) if text else "", props))
            else:
                cells.append(tc(paragraph(cell) if cell else ""))
        body.append("<w:tr>" + "".join(cells) + "</w:tr>")
    body.append("</w:tbl>")
    body.append(paragraph("抄送：区委办，区人大办，区政协办。"))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
                + "".join(body) + '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>'
                + "</w:body></w:document>")
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" '
                     'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", root_rels("word/document.xml"))
        z.writestr("word/document.xml", document)


write_xlsx(f"{args.name}.xlsx")
write_docx(f"{args.name}.docx")
