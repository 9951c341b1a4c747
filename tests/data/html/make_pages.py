#!/usr/bin/env python3
"""Writes the bundled 拱墅 table as web pages, as a government site serves it: the 项目名称 and
牵头单位 cells merged down their runs with rowspan, the page's navigation in a table of its own,
once in UTF-8 and once in GBK. Input: `govtarget table --rows` of the text form.

    govtarget table --rows > rows.jsonl && python3 make_pages.py rows.jsonl
"""
import html
import json
import sys

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]


def runs(key):
    """For each row, how many rows its merged cell spans (0: covered by the one above)."""
    spans, k = [0] * len(rows), 0
    while k < len(rows):
        j = k + 1
        while j < len(rows) and key(rows[j]) == key(rows[k]):
            j += 1
        spans[k] = j - k
        k = j
    return spans


category = runs(lambda r: r["category"])
units = runs(lambda r: (r["category"], tuple(r["lead_units"])))


def page(charset):
    out = [f'<!DOCTYPE html>\n<html><head><meta charset="{charset}">',
           "<title>2024年第二季度拱墅区《政府工作报告》主要任务完成情况</title></head><body>",
           '<table class="nav"><tr><td><a href="/">首页</a></td><td>政务公开</td><td>规划计划</td></tr></table>',
           "<h1>2024年第二季度拱墅区《政府工作报告》主要任务完成情况</h1>",
           "<p>分类:信息公开&nbsp;&nbsp;发布时间:2024-07-23 11:30:31</p>",
           '<table border="1">',
           "<thead><tr><th>序号</th><th>项目名称</th><th>主要工作内容</th><th>牵头单位</th><th>完成进度</th></tr></thead><tbody>"]
    for k, r in enumerate(rows):
        cells = [f"<td>{html.escape(r['number'])}</td>"]
        if category[k]:
            cells.append(f'<td rowspan="{category[k]}">{html.escape(r["category"])}</td>')
        cells.append(f"<td><p>{html.escape(r['task'])}</p></td>")
        if units[k]:
            cells.append(f'<td rowspan="{units[k]}">{"<br>".join(html.escape(u) for u in r["lead_units"])}</td>')
        cells.append(f"<td>{html.escape(r['completion_text'])}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table><p>来源：拱墅区人民政府</p></body></html>\n")
    return "\n".join(out)


open("gongshu_2024_q2_utf8.html", "w", encoding="utf-8").write(page("utf-8"))
open("gongshu_2024_q2_gbk.html", "w", encoding="gbk").write(page("gbk"))
