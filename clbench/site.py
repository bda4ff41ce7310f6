"""The static leaderboard page: one self-contained HTML file (inline CSS, a few lines of inline JS, plots
as base64 PNG), so it opens from disk with no server and no network.

Every numeric cell carries its unrounded value in ``data-v`` (what sorting uses, and what a reader can
check against the records); clicking a header sorts by that column, clicking again reverses. A contents list
links every section by its anchor. Each section opens with its protocol, data, budget and backbone line
(``p.protocol``); a value that is zero by construction is a label with its reason below the table (and in the
cell's tooltip), never a number; the published references close the page.

Plots: accuracy over the stream, every row's accuracy matrix, accuracy vs cost, accuracy vs counted
training FLOPs with its Pareto front (or a line saying compute was not measured), and the confusion matrix of
the best row whose records carry one (or a line saying none does). Each ``<figure>`` declares the style of
every row it draws in ``data-series`` (label, colour, marker, line style, from :func:`clbench.plots.styles`).
"""

from __future__ import annotations

import json
import re
from html import escape

from clbench import plots
from clbench.board_table import STATS_TEXT, Board, Row, artefact_marks, columns_for, fmt_cell
from clbench.records import now

CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}
table.board{border-collapse:collapse;margin:.5em 0 1em;font-variant-numeric:tabular-nums}
.board th,.board td{border:1px solid #ccc;padding:3px 8px;text-align:right}
.board th{background:#f3f3f3;cursor:pointer;user-select:none}
.board th[aria-sort=ascending]::after{content:" ▲"}.board th[aria-sort=descending]::after{content:" ▼"}
.board td:first-child,.board th:first-child{text-align:left}
img{max-width:100%;margin:.3em .5em .3em 0;vertical-align:top}
details{margin:.3em 0 1.2em}code{font-size:12px}.refused{color:#a00}
.board td.label{text-align:left;font-size:12px;color:#444}.board td.artefact{font-style:italic;color:#775}
p.setting,p.artefact{font-size:13px;color:#333;margin:.3em 0}
figure{display:inline-block;margin:.3em .5em .3em 0;vertical-align:top}p.note{font-size:13px;color:#555}
nav#contents ol{columns:2;font-size:13px}
"""

# Sorting: numbers by data-v, text otherwise; cells with no value ("–") always sink to the bottom.
JS = """
document.querySelectorAll('table.board').forEach(function(table){
  table.querySelectorAll('th').forEach(function(th, col){
    th.addEventListener('click', function(){
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th').forEach(function(h){ h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      function key(r){ var c = r.cells[col]; var v = c.getAttribute('data-v');
        if (v === null || v === '') return null; var n = parseFloat(v); return isNaN(n) ? v : n; }
      rows.sort(function(a, b){
        var x = key(a), y = key(b);
        if (x === null) return y === null ? 0 : 1; if (y === null) return -1;
        var d = (typeof x === 'number' && typeof y === 'number') ? x - y : String(x).localeCompare(String(y));
        return asc ? d : -d;
      });
      rows.forEach(function(r){ body.appendChild(r); });
    });
  });
});
"""


def _cell(row: Row, key: str, kind: str, marks: dict[str, str] | None = None) -> str:
    if key == "method":
        ids = ", ".join(r["id"] for r in row.records)
        return f'<td data-v="{escape(row.method)}" title="{escape(ids)}">{escape(row.method)}</td>'
    if key == "n":
        return f'<td data-v="{row.n}">{row.n}</td>'
    if kind == "label":
        text = row.text.get(key, "–")
        return f'<td class="label" data-v="{escape(text)}">{escape(text)}</td>'
    if key in row.artefacts:  # no data-v: a label sorts with the empty cells, never as a value of 0
        return (f'<td class="artefact" data-v="" title="{escape(row.artefacts[key])}">'
                f"{escape(fmt_cell(row, key, kind, marks))}</td>")
    mean = row.stats[key][0]
    return f'<td data-v="{"" if mean is None else repr(float(mean))}">{escape(fmt_cell(row, key, kind))}</td>'


def table_html(rows: list[Row]) -> str:
    cols, marks = columns_for(rows), artefact_marks(rows)
    head = "".join(f'<th data-key="{k}">{escape(h)}</th>' for k, h, _ in cols)
    body = "".join("<tr>" + "".join(_cell(r, k, kind, marks) for k, _, kind in cols) + "</tr>" for r in rows)
    notes = "".join(f'<p class="artefact">({m}) {escape(why)}.</p>' for why, m in marks.items())
    return f'<table class="board"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{notes}'


def _img(b64: str, alt: str) -> str:
    return f'<img alt="{escape(alt)}" src="data:image/png;base64,{b64}">'


def _figure(b64: str, alt: str, series: list[dict] | None = None) -> str:
    data = f" data-series='{escape(json.dumps(series), quote=True)}'" if series is not None else ""
    return f'<figure class="plot"{data}>{_img(b64, alt)}</figure>'


def anchor(name: str, taken: set[str]) -> str:
    """A URL-safe, unique id for a section (labels may hold spaces, brackets and '=')."""
    base = "sec-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-") or "x")
    out, k = base, 2
    while out in taken:
        out, k = f"{base}-{k}", k + 1
    taken.add(out)
    return out


def _confusion(bench: str, rows: list[Row]) -> str:
    """The confusion heatmap of the best row whose records carry ``final_confusion`` (summed over seeds)."""
    for r in rows:
        confs = [rec["final_confusion"] for rec in r.records if rec.get("final_confusion")]
        if confs:
            C = len(confs[0]["matrix"])
            total = [[sum(c["matrix"][i][j] for c in confs) for j in range(C)] for i in range(C)]
            png = plots.confusion_heatmap(bench, r.method, {"matrix": total}, len(confs))
            return _figure(png, f"{bench}: confusion matrix of {r.method}")
    return ('<p class="note">Confusion matrix: no record in this section carries one (records keep '
            "<code>final_confusion</code> since it was added; these were written before).</p>")


def _matrix_row(rows: list[Row], matrix_method: str | None) -> Row:
    """The run whose matrix is drawn: the chosen method if it is on this benchmark, else the best one."""
    for r in rows:
        if matrix_method and matrix_method in (r.method, r.records[0]["method"]["name"]):
            return r
    return rows[0]


def section(bench: str, rows: list[Row], matrix_method: str | None, setting: str = "",
            anchor_id: str | None = None) -> str:
    chosen = _matrix_row(rows, matrix_method)
    series = plots.styles(rows)
    compute_png = plots.accuracy_vs_compute(bench, rows)
    measured = [s for s, r in zip(series, rows) if r.stats["train_flops"][0] and
                r.stats["final_average_accuracy"][0] is not None]
    imgs = [
        _figure(plots.accuracy_curves(bench, rows), f"{bench}: accuracy after each experience", series),
        _figure(plots.matrix_heatmap(bench, chosen.method, chosen.records[0]), f"{bench}: accuracy matrix"),
        _figure(plots.matrix_grid(bench, rows), f"{bench}: every row's accuracy matrix"),
        _figure(plots.accuracy_vs_cost(bench, rows), f"{bench}: accuracy vs cost",
                [s for s, r in zip(series, rows) if r.stats["final_average_accuracy"][0] is not None]),
        _figure(compute_png, f"{bench}: accuracy vs training FLOPs", measured) if compute_png else
        ('<p class="note">Accuracy vs compute: no record in this section carries counted FLOPs '
         "(not measured: written before clbench.compute).</p>"),
        _confusion(bench, rows),
    ]
    recs = "".join(
        f"<li>{escape(r.method)} seed {rec['seed']}: <code>{escape(rec['id'])}</code> "
        f"(clbench {escape(str(rec['provenance'].get('clbench_version')))}, commit "
        f"{escape(str(rec['provenance'].get('git_commit') or 'n/a'))}, hash <code>{rec['hash'][:12]}</code>)</li>"
        for r in rows for rec in r.records)
    sid = anchor_id or anchor(bench, set())
    return (f'<section id="{escape(sid)}"><h2>{escape(bench)} <a href="#{escape(sid)}">#</a></h2>'
            f'<p class="setting protocol">{escape(setting)}</p>'
            f"{table_html(rows)}"
            f'<div class="plots">{"".join(imgs)}</div>'
            f"<details><summary>records</summary><ul>{recs}</ul></details></section>")


def _references_html(rows: list[list[str]] | None) -> str:
    """The published references as a table (header row first), or nothing."""
    if not rows:
        return ""
    head = "".join(f"<th>{escape(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
    return ('<section id="references"><h2>Published references</h2><p class="setting">Board cells held to a '
            "published number (leaderboard/references.yaml; <code>clbench references</code>).</p>"
            f'<table class="board refs"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></section>')


def render_site(board: Board, matrix_method: str | None = None, references: list[list[str]] | None = None) -> str:
    """The page. ``references``: the published-references table (header first; ``clbench.leaderboard`` passes
    :func:`clbench.leaderboard.reference_rows`), left out when None."""
    taken: set[str] = {"contents", "references", "refused"}
    ids = {b: anchor(b, taken) for b in board.benchmarks}
    sections = "".join(section(b, rows, matrix_method, board.settings.get(b, ""), ids[b])
                       for b, rows in board.benchmarks.items())
    refs = _references_html(references)
    sections += refs
    items = "".join(f'<li><a href="#{escape(ids[b])}">{escape(b)}</a> ({len(rows)} rows)</li>'
                    for b, rows in board.benchmarks.items())
    if refs:
        items += '<li><a href="#references">Published references</a></li>'
    if board.problems:
        items += '<li><a href="#refused">Refused or left out</a></li>'
    contents = f'<nav id="contents"><h2>Contents</h2><ol>{items}</ol></nav>'
    notes = ""
    if board.problems:
        items = "".join(f'<li class="refused">{escape(p)}</li>' for p in board.refused)
        items += "".join(f"<li>{escape(p)}</li>" for p in board.notes)
        notes = f'<h2 id="refused">Refused or left out</h2><ul>{items}</ul>'
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>clbench leaderboard</title>'
        f"<style>{CSS}</style></head><body><h1>clbench leaderboard</h1>"
        f"<p>{board.n_records} hashed run records, generated {escape(now())}. {escape(STATS_TEXT)} "
        "Accuracies in %. Click a column header to sort.</p>"
        f"{contents}{sections}{notes}<script>{JS}</script></body></html>\n"
    )
