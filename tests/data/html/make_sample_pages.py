#!/usr/bin/env python3
"""Writes other governments' tables (tests/data/tables) as web pages, from their rows as read
from text (`govtarget table FILE --rows`): a section row per category change (colspan over the
table), several lead units parted by <br>, merged lead-unit cells as rowspan, extra columns
before the completion. The HTML reader must read each page to the same rows.

    python3 make_sample_pages.py NAME ROWS.jsonl TITLE
"""
import html
import json
import sys

name, rows_path, title = sys.argv[1:4]
rows = [json.loads(line) for line in open(rows_path, encoding="utf-8")]
extra = list(rows[0]["extra"].keys()) if rows else []
has_co = any(r["co_units"] for r in rows)
has_lead = any(r["lead_units"] for r in rows)
# Extra columns before the completion: where two read as completions, the last is taken.
headers = ["序号", "工作任务"] + (["牵头单位"] if has_lead else []) + (["配合单位"] if has_co else []) + extra + ["完成情况"]
e = html.escape
out = ['<html><head><meta charset="utf-8"><title>' + e(title) + "</title></head><body>",
       "<p>" + e(title) + "</p>", '<table border="1">',
       "<tr>" + "".join(f"<td>{e(h)}</td>" for h in headers) + "</tr>"]
section = ""
k = 0
while k < len(rows):
    r = rows[k]
    if r["category"] != section:
        section = r["category"]
        for part in section.split(" / "):
            out.append(f'<tr><td colspan="{len(headers)}">{e(part)}</td></tr>')
    # The lead-unit cell merged over the rows below that share it.
    span = 1
    while k + span < len(rows) and rows[k + span]["lead_units"] == r["lead_units"] and rows[k + span]["category"] == section:
        span += 1
    for j in range(k, k + span):
        s = rows[j]
        cells = [e(s["number"]), e(s["task"]).replace("\n", "<br>")]
        if j == k and has_lead:
            cells.append(("<br>".join(e(u) for u in s["lead_units"]), span))
        if has_co:
            cells.append("、".join(e(u) for u in s["co_units"]))
        cells += [e(s["extra"][h]) for h in extra]
        cells.append(e(s["completion_text"]).replace("\n", "<br>"))
        tds = []
        for c in cells:
            if isinstance(c, tuple):
                tds.append(f'<td rowspan="{c[1]}">{c[0]}</td>')
            else:
                tds.append(f"<td>{c}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    k += span
out.append("</table></body></html>\n")
open(f"{name}.html", "w", encoding="utf-8").write("\n".join(out))
