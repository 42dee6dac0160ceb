"""Shell commands and job files on the site, run or checked as written.

A ```bash block right after an HTML comment ``<!-- test: NAME -->`` is run with
bash (``set -euo pipefail``) in a fresh folder prepared by the fixture NAME
below, with this environment's ``la4ml`` on the PATH. The job files that the
instructors page includes for Kubernetes and GitHub Actions are checked for
the fields that make sharding work; the Slurm ones are submitted to a real
cluster by tests/test_slurm.py.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .docs_support import DOCS, REPO
from .test_class import PART1, make_class, solution, stub, wrong

MARKED = re.compile(
    r"<!-- test: (?P<name>[\w-]+) -->\n```bash[^\n]*\n(?P<body>.*?)^```", re.M | re.S
)
EXAMPLES = DOCS / "examples"


def marked_blocks() -> list[tuple[str, str, str]]:
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        for match in MARKED.finditer(page.read_text(encoding="utf-8")):
            found.append((str(page.relative_to(DOCS)), match["name"], match["body"]))
    return found


def prepare_class(folder: Path) -> list[Path]:
    """Three submissions and a roster; returns the files the commands must produce."""
    part2 = "part02_matrices.py"
    make_class(
        folder / "submissions",
        {
            "alice": {PART1: solution(), f"exercises/{part2}": solution(part2)},
            "bob": {PART1: stub()},
            "carol": {PART1: wrong()},
        },
    )
    (folder / "roster.csv").write_text(
        "id,name,email,section\nalice,Alice,a@example.edu,A\nbob,Bob,b@example.edu,B\n"
        "carol,Carol,c@example.edu,A\ndave,Dave,d@example.edu,B\n"
    )
    return [folder / "grades.csv", folder / "canvas.csv", folder / "report" / "report.html"]


FIXTURES = {"class": prepare_class}


def test_every_marked_block_has_a_fixture():
    blocks = marked_blocks()
    assert blocks, "no page marks a shell block to test"
    assert all(name in FIXTURES for _, name, _ in blocks)


@pytest.mark.parametrize(
    ("page", "name", "body"), marked_blocks(), ids=[f"{p}:{n}" for p, n, _ in marked_blocks()]
)
def test_marked_shell_blocks_run_as_written(tmp_path, page, name, body):
    pytest.importorskip("matplotlib", reason="the report needs the report extra")
    produced = FIXTURES[name](tmp_path)
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    completed = subprocess.run(
        ["bash", "-c", "set -euo pipefail\n" + body],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    for path in produced:
        assert path.is_file() and path.stat().st_size > 0, f"{page}: {path.name} was not made"


def test_the_kubernetes_job_shards_by_its_completion_index():
    job = yaml.safe_load((EXAMPLES / "k8s-grade-shards.yaml").read_text())
    spec = job["spec"]
    assert job["kind"] == "Job" and spec["completionMode"] == "Indexed"
    assert spec["completions"] == spec["parallelism"]
    script = " ".join(spec["template"]["spec"]["containers"][0]["args"])
    assert f'--shard "$((JOB_COMPLETION_INDEX + 1))/{spec["completions"]}"' in script
    assert "la4ml class grade" in script and "shard-$((JOB_COMPLETION_INDEX + 1))" in script


def test_the_github_workflow_shards_by_its_matrix_and_merges():
    workflow = yaml.safe_load((EXAMPLES / "github-grade-class.yml").read_text())
    grade, merge = workflow["jobs"]["grade"], workflow["jobs"]["merge"]
    shards = grade["strategy"]["matrix"]["shard"]
    assert shards == list(range(1, len(shards) + 1))
    steps = " ".join(str(step.get("run", "")) for step in grade["steps"])
    assert '--shard "${{ matrix.shard }}/${{ strategy.job-total }}"' in steps
    assert merge["needs"] == "grade"
    assert "la4ml class merge" in " ".join(str(s.get("run", "")) for s in merge["steps"])


def test_the_slurm_job_files_are_included_on_the_instructors_page():
    page = (DOCS / "instructors.md").read_text()
    for name in (
        "slurm-grade-shards.sbatch",
        "slurm-merge.sbatch",
        "k8s-grade-shards.yaml",
        "github-grade-class.yml",
    ):
        assert f'--8<-- "docs/examples/{name}"' in page
        assert (EXAMPLES / name).is_file()
    assert (REPO / "tests" / "test_slurm.py").read_text().count("EXAMPLES /") == 2
