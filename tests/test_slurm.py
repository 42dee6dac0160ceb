"""``la4ml class`` on a real Slurm cluster: the documented job files, run as written.

The shard job array (docs/examples/slurm-grade-shards.sbatch) grades a class in
three shards; the merge job (docs/examples/slurm-merge.sbatch) runs once they
all succeeded (``--dependency=afterok``). The merged gradebook must export
exactly what a single-machine run of the same class exports.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from grader.cli import main

from .slurm_support import Cluster, require_slurm
from .test_class import PART1, make_class, solution, stub, wrong

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"


def export(gradebook: Path) -> str:
    result = CliRunner().invoke(main, ["class", "export", "-g", str(gradebook)])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def cluster(tmp_path):
    require_slurm()
    base = tmp_path / "slurm"
    base.mkdir()
    os.chmod(tmp_path, 0o755)
    running = Cluster(base)
    try:
        running.start()
        yield running
    finally:
        running.stop()


def test_a_slurm_job_array_grades_the_class_like_one_machine(cluster, tmp_path):
    students = {f"s{i:02d}": {PART1: [solution(), stub(), wrong()][i % 3]} for i in range(9)}
    submissions = make_class(tmp_path / "submissions", students)
    single = tmp_path / "single.sqlite"
    result = CliRunner().invoke(
        main, ["class", "grade", str(submissions), "-g", str(single), "--parts", "1", "-j", "2"]
    )
    assert result.exit_code == 0, result.output
    work = tmp_path / "work"
    (work / "logs").mkdir(parents=True)
    binaries = str(Path(sys.executable).parent)
    cluster.environment["PATH"] = f"{binaries}:{os.environ['PATH']}"
    exports = f"ALL,SUBMISSIONS={submissions},PARTS=1,SEED=0"
    array = cluster.sbatch(
        "--array=1-3", f"--chdir={work}", f"--export={exports}",
        str(EXAMPLES / "slurm-grade-shards.sbatch"),
    )  # fmt: skip
    merge = cluster.sbatch(
        f"--dependency=afterok:{array}", f"--chdir={work}", "--export=ALL",
        str(EXAMPLES / "slurm-merge.sbatch"),
    )  # fmt: skip
    states = cluster.wait_for([array, merge])
    logs = "\n".join(p.read_text() for p in sorted((work / "logs").glob("*")))
    assert states[array] == ["COMPLETED"] * 3, f"{states}\n{logs}\n{cluster.logs()}"
    assert states[merge] == ["COMPLETED"], f"{states}\n{logs}"
    assert sorted(p.name for p in (work / "shards").glob("*.sqlite")) == [
        "shard-1.sqlite",
        "shard-2.sqlite",
        "shard-3.sqlite",
    ]
    assert export(work / "class.sqlite") == export(single)
    assert (work / "grades.csv").read_text() == export(single)
    assert (work / "canvas.csv").read_text().startswith("Student,ID,SIS User ID")
