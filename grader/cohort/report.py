"""``la4ml class report``: what an instructor looks at after a deadline.

One self-contained HTML page (figures inline as SVG, no script, no network)
and the same content as Markdown for a terminal: the score distribution,
pass rates per part and per function (hardest first), the most frequent first
failures of the hardest functions, and the students to check by hand
(timeouts, errors, flags, submission problems).
"""

from __future__ import annotations

import html
import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from grader.cohort.exports import _table
from grader.cohort.gradebook import Gradebook
from grader.manifest import Course

HARDEST = 10
MESSAGES = 3


class ReportError(RuntimeError):
    """The report cannot be made; the message says what to install or fix."""


@dataclass
class FunctionStats:
    part: int
    name: str
    attempted: int
    passed: int
    messages: Counter

    @property
    def rate(self) -> float:
        return self.passed / self.attempted if self.attempted else 0.0


def _normal(message: str) -> str:
    """A failure message with its case label and numbers blurred, so alike ones group."""
    text = re.sub(r"^\[[^\]]*\]\s*", "", message)
    text = re.sub(r"-?\d+(\.\d+)?(e[-+]?\d+)?", "#", text)
    return text[:160]


def collect(course: Course, gradebook: Gradebook) -> dict:
    records = _table(course, gradebook)
    graded = [r for r in records if r["status"] in ("graded", "timeout")]
    stats: dict[str, FunctionStats] = {}
    for record in graded:
        for key, function in record["functions"].items():
            number, name = key.split(".", 1)
            entry = stats.setdefault(key, FunctionStats(int(number), name, 0, 0, Counter()))
            entry.attempted += 1
            if function["status"] == "passed":
                entry.passed += 1
            elif function["message"]:
                entry.messages[_normal(function["message"])] += 1
    parts = {}
    for part in course.parts:
        scored = [r["parts"][part.number] for r in graded if part.number in r["parts"]]
        if scored:
            complete = sum(s["score"] >= s["max_score"] - 1e-9 for s in scored)
            parts[part.number] = (part.title, complete / len(scored), len(scored))
    attention = [
        r
        for r in records
        if r["status"] in ("timeout", "error")
        or r["flags"]
        or (r["problems"] and r["status"] != "missing")
    ]
    return {
        "records": records,
        "graded": graded,
        "percents": [r["percent"] for r in graded],
        "functions": sorted(stats.values(), key=lambda s: (s.rate, s.part, s.name)),
        "parts": parts,
        "attention": attention,
        "counts": Counter(r["status"] for r in records),
    }


def _figures(data: dict) -> tuple[str, str]:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise ReportError(
            "the class report draws its figures with matplotlib: pip install 'la4ml[report]'"
        ) from None
    plt.rcParams.update({"svg.hashsalt": "la4ml", "font.size": 10})

    def svg(fig) -> str:
        stream = io.StringIO()
        fig.savefig(stream, format="svg", metadata={"Date": None})
        plt.close(fig)
        text = stream.getvalue()
        return text[text.index("<svg") :]

    fig, ax = plt.subplots(figsize=(7, 3.2))
    ax.hist(data["percents"] or [0], bins=[i * 5 for i in range(21)], color="#3f51b5")
    ax.set_xlabel("total score (%)")
    ax.set_ylabel("students")
    ax.set_title(f"Score distribution ({len(data['percents'])} students graded)")
    histogram = svg(fig)
    fig, ax = plt.subplots(figsize=(7, 4.2))
    numbers = sorted(data["parts"])
    rates = [100 * data["parts"][n][1] for n in numbers]
    ax.barh([f"{n:02d}" for n in numbers], rates, color="#009688")
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("students with the part complete (%)")
    ax.set_ylabel("part")
    ax.set_title("Pass rate per part")
    parts = svg(fig)
    return histogram, parts


def _summary_lines(data: dict) -> list[str]:
    counts, percents = data["counts"], data["percents"]
    lines = [
        f"Students: {len(data['records'])} (graded {counts.get('graded', 0)}, "
        f"missing {counts.get('missing', 0)}, timeout {counts.get('timeout', 0)}, "
        f"error {counts.get('error', 0)})"
    ]
    if percents:
        lines.append(
            f"Total score: mean {statistics.fmean(percents):.1f} %, median "
            f"{statistics.median(percents):.1f} %, lowest {min(percents):.1f} %, highest "
            f"{max(percents):.1f} %"
        )
    return lines


def _attention_rows(data: dict) -> list[tuple[str, str, str]]:
    rows = []
    for record in data["attention"]:
        notes = [f"flag: {f['detail']}" for f in record["flags"]] + record["problems"]
        rows.append((record["student"], record["status"], "; ".join(notes)[:400]))
    return rows


def markdown(course: Course, data: dict, figures: tuple[str, str] | None) -> str:
    lines = [f"# {course.title}: class report", ""]
    lines += [f"- {line}" for line in _summary_lines(data)] + [""]
    if figures:
        lines += [
            "![Score distribution](histogram.svg)",
            "",
            "![Pass rate per part](parts.svg)",
            "",
        ]
    lines += [
        "## Pass rate per part",
        "",
        "| part | title | complete | students |",
        "|---|---|---|---|",
    ]
    for number, (title, rate, count) in sorted(data["parts"].items()):
        lines.append(f"| {number} | {title} | {100 * rate:.0f} % | {count} |")
    lines += [
        "",
        "## Functions, hardest first",
        "",
        "| part | function | passed |",
        "|---|---|---|",
    ]
    for entry in data["functions"]:
        lines.append(
            f"| {entry.part} | `{entry.name}` | {100 * entry.rate:.0f} % "
            f"({entry.passed}/{entry.attempted}) |"
        )
    lines += ["", f"## Most frequent first failures of the {HARDEST} hardest functions", ""]
    for entry in [e for e in data["functions"] if e.messages][:HARDEST]:
        lines.append(f"### Part {entry.part} · `{entry.name}`")
        lines.append("")
        for message, count in entry.messages.most_common(MESSAGES):
            lines.append(f"- {count} × {message}")
        lines.append("")
    lines += ["## Students to check by hand", ""]
    rows = _attention_rows(data)
    if rows:
        lines += ["| student | status | why |", "|---|---|---|"]
        lines += [f"| {s} | {st} | {why} |" for s, st, why in rows]
    else:
        lines.append("None: no timeout, error, flag or submission problem.")
    return "\n".join(lines) + "\n"


def page(course: Course, data: dict, figures: tuple[str, str]) -> str:
    escape = html.escape
    parts_rows = "".join(
        f"<tr><td>{n}</td><td>{escape(title)}</td><td>{100 * rate:.0f} %</td><td>{count}</td></tr>"
        for n, (title, rate, count) in sorted(data["parts"].items())
    )
    function_rows = "".join(
        f"<tr><td>{e.part}</td><td><code>{escape(e.name)}</code></td>"
        f"<td>{100 * e.rate:.0f} % ({e.passed}/{e.attempted})</td></tr>"
        for e in data["functions"]
    )
    messages = "".join(
        f"<h3>Part {e.part} · <code>{escape(e.name)}</code></h3><ul>"
        + "".join(
            f"<li><b>{count} ×</b> {escape(message)}</li>"
            for message, count in e.messages.most_common(MESSAGES)
        )
        + "</ul>"
        for e in [e for e in data["functions"] if e.messages][:HARDEST]
    )
    attention = (
        "".join(
            f"<tr><td>{escape(s)}</td><td>{escape(st)}</td><td>{escape(why)}</td></tr>"
            for s, st, why in _attention_rows(data)
        )
        or "<tr><td colspan=3>None: no timeout, error, flag or submission problem.</td></tr>"
    )
    summary = "".join(f"<li>{escape(line)}</li>" for line in _summary_lines(data))
    histogram, parts = figures
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>{escape(course.title)}: class report</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       color: #222; }}
table {{ border-collapse: collapse; margin: 1rem 0; }}
td, th {{ border: 1px solid #ccc; padding: 0.25rem 0.6rem; text-align: left; }}
figure {{ margin: 1rem 0; }} svg {{ max-width: 100%; height: auto; }}
</style></head>
<body>
<h1>{escape(course.title)}: class report</h1>
<ul>{summary}</ul>
<figure id="histogram">{histogram}</figure>
<figure id="parts">{parts}</figure>
<h2>Pass rate per part</h2>
<table><tr><th>part</th><th>title</th><th>complete</th><th>students</th></tr>{parts_rows}</table>
<h2>Functions, hardest first</h2>
<table><tr><th>part</th><th>function</th><th>passed</th></tr>{function_rows}</table>
<h2>Most frequent first failures of the {HARDEST} hardest functions</h2>
{messages}
<h2>Students to check by hand</h2>
<table><tr><th>student</th><th>status</th><th>why</th></tr>{attention}</table>
</body></html>
"""


def write_report(course: Course, gradebook: Gradebook, directory: Path) -> list[Path]:
    """report.html, report.md and the two figures as SVG files, in ``directory``."""
    data = collect(course, gradebook)
    figures = _figures(data)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in (
        ("report.html", page(course, data, figures)),
        ("report.md", markdown(course, data, figures)),
        ("histogram.svg", figures[0]),
        ("parts.svg", figures[1]),
    ):
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
