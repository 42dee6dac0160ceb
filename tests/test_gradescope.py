"""Gradescope: the zip, its real setup.sh and run_autograder end to end, and results.json.

The end-to-end tests build the zip with `la4ml autograder gradescope`, unpack it
into a temporary root that mirrors /autograder (LA4ML_AUTOGRADER_ROOT), run the
real setup.sh there (a fresh virtual environment, la4ml installed from the
wheel in the zip, the self-test), then run the real run_autograder on one
submission after another, as Gradescope does, and validate every results.json
against the JSON Schema written from Gradescope's specification.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
import tempfile
import zipfile
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from grader.cli import main
from grader.delivery.gradescope import AutograderConfig, AutograderConfigError
from grader.delivery.gradescope_run import collect
from grader.reports.gradescope import crash_results, results
from grader.runner import GradeOptions, grade

from .conftest import EXERCISES, REPO, solution_source

SCHEMA = json.loads((REPO / "grader" / "schemas" / "gradescope-results.schema.json").read_text())
SCRIPTS = REPO / "grader" / "delivery" / "templates" / "gradescope"
SEED = 48213
TIMEOUT = 1.0  # seconds per call in the end-to-end zip, so that a loop costs little time


def valid(report: dict) -> dict:
    jsonschema.validate(report, SCHEMA)
    return report


# ---------------------------------------------------------------- results.json


def test_results_of_a_graded_run_follow_the_schema_with_per_part_visibility(course, tmp_path):
    (tmp_path / "part01_vectors.py").write_text(solution_source("part01_vectors"))
    broken = solution_source("part02_matrices") + "\n\ndef rotation_matrix(theta):\n    return 1\n"
    (tmp_path / "part02_matrices.py").write_text(broken)
    result = grade(course, GradeOptions(tmp_path, (1, 2, 3)))
    report = valid(results(result, course, {2: "after_published"}, "after_due_date"))
    tests = {t["name"]: t for t in report["tests"]}
    assert len(tests) == sum(len(course.part(n).functions) for n in (1, 2, 3))
    assert tests["Part 1 · add"]["visibility"] == "after_due_date"
    assert tests["Part 2 · rotation_matrix"]["visibility"] == "after_published"
    rotation = tests["Part 2 · rotation_matrix"]
    assert rotation["status"] == "failed" and rotation["score"] < rotation["max_score"]
    hint = course.part(2).function("rotation_matrix").hints[0]
    assert rotation["output"].startswith("test_") and f"Hint: {hint}" in rotation["output"]
    assert tests["Part 1 · add"]["output"].startswith("Passed all")
    assert "part03_matrix_arithmetic.py does not exist" in tests["Part 3 · trace"]["output"]
    assert report["score"] == result.score == sum(t["score"] for t in report["tests"])
    assert report["output"].startswith(f"la4ml: {result.score:g}/46 points")


def test_the_crash_result_follows_the_schema():
    report = valid(crash_results("the grader failed"))
    assert report["score"] == 0 and report["tests"] == []


def test_the_schema_rejects_what_gradescope_does_not_accept():
    good = {"score": 1.0, "tests": [{"name": "a", "status": "passed", "visibility": "visible"}]}
    valid(good)
    for bad in (
        {"tests": [{"name": "no score anywhere"}]},
        {"score": 1, "visibility": "sometimes"},
        {"score": 1, "tests": [{"score": 1, "status": "ok"}]},
        {"score": 1, "output_format": "rtf"},
        {"score": 1, "unknown_field": 1},
    ):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, SCHEMA)


# ---------------------------------------------------------------- the settings


def test_settings_round_trip_and_bad_settings_name_the_setting(course):
    config = AutograderConfig((1, 3), seed=7, visibility={3: "hidden"})
    assert AutograderConfig.from_json(config.to_json(), course) == config
    for text, message in (
        ("[1]", "must hold a JSON object"),
        ("{", "not valid JSON"),
        ('{"parts": [1], "colour": 1}', "unknown setting(s) colour"),
        ('{"parts": "1"}', "parts must be a list"),
        ('{"parts": [21]}', "no part 21"),
        ('{"parts": []}', "no parts to grade"),
        ('{"parts": [1], "seed": 1.5}', "the seed must be an integer"),
        ('{"parts": [1], "timeout": 0}', "timeout must be a positive number"),
        ('{"parts": [1], "memory_mib": 10}', "memory_mib must be at least 256"),
        ('{"parts": [1], "visibility": {"1": "secret"}}', "'secret' is not one of"),
    ):
        with pytest.raises(
            AutograderConfigError, match=message.replace("(", r"\(").replace(")", r"\)")
        ):
            AutograderConfig.from_json(text, course)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--parts", "1-x"], "is not a part number or a range"),
        (["--parts", "3-1"], "is an empty range"),
        (["--parts", "25"], "no part 25"),
        (["--visibility", "3"], "expected PART=LEVEL"),
        (["--visibility", "3=secret"], "'secret' is not one of"),
        (["--visibility", "30=hidden"], "no part 30"),
    ],
)
def test_bad_options_are_usage_errors_and_write_nothing(tmp_path, args, message):
    output = tmp_path / "autograder.zip"
    result = CliRunner().invoke(main, ["autograder", "gradescope", *args, "-o", str(output)])
    assert result.exit_code == 2 and message in result.output
    assert list(tmp_path.iterdir()) == []


def test_an_existing_zip_is_not_replaced_without_force(tmp_path):
    output = tmp_path / "autograder.zip"
    output.write_text("keep")
    result = CliRunner().invoke(main, ["autograder", "gradescope", "-o", str(output)])
    assert result.exit_code == 2 and "already exists: add --force" in result.output
    assert output.read_text() == "keep"


# ---------------------------------------------------------------- finding the modules


class Link(str):
    """A symbolic link to this target, in :func:`write_tree`."""


def write_tree(root: Path, files: dict) -> Path:
    """Files (str or bytes content, or a :class:`Link`) under ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, Link):
            path.symlink_to(str(data))
        elif isinstance(data, str):
            path.write_text(data)
        else:
            path.write_bytes(data)
    return root


def test_modules_are_found_at_any_depth_and_macos_debris_is_ignored(course, tmp_path):
    submission = write_tree(
        tmp_path / "submission",
        {
            "Alice Smith - HW1/exercises/part01_vectors.py": "# mine\n",
            "__MACOSX/Alice Smith - HW1/exercises/._part01_vectors.py": b"\x00\x05\x16\x07",
            ".git/part02_matrices.py": "# an old version in git's folder\n",
        },
    )
    (tmp_path / "ws").mkdir()
    found = collect(submission, course, (1, 2), tmp_path / "ws")
    assert found.origins == {"part01_vectors.py": "Alice Smith - HW1/exercises/part01_vectors.py"}
    assert (tmp_path / "ws" / "part01_vectors.py").read_text() == "# mine\n"
    assert sorted(os.listdir(tmp_path / "ws")) == ["part01_vectors.py"]
    assert found.notes == [] and found.problems == {}


@pytest.fixture
def ws(tmp_path):
    path = tmp_path / "ws"
    path.mkdir()
    return path


def test_the_copy_nearest_the_top_is_graded_and_the_others_are_named(course, tmp_path, ws):
    submission = write_tree(
        tmp_path / "s", {"part01_vectors.py": "# top\n", "old/part01_vectors.py": "# old\n"}
    )
    found = collect(submission, course, (1,), ws)
    assert (ws / "part01_vectors.py").read_text() == "# top\n"
    (note,) = found.notes
    assert (
        "2 copies" in note
        and "old/part01_vectors.py" in note
        and "graded part01_vectors.py" in note
    )


def test_a_symbolic_link_is_refused_and_a_real_copy_deeper_is_used(course, tmp_path, ws):
    submission = write_tree(tmp_path / "s", {"deeper/part01_vectors.py": "# real\n"})
    (submission / "part01_vectors.py").symlink_to("/etc/passwd")
    (submission / "part02_matrices.py").symlink_to("/etc/passwd")
    found = collect(submission, course, (1, 2), ws)
    assert (ws / "part01_vectors.py").read_text() == "# real\n"
    problem = found.problems["part02_matrices.py"]
    assert problem.startswith("part02_matrices.py is a symbolic link")
    assert not (ws / "part02_matrices.py").exists()


def test_a_linked_folder_is_not_followed(course, tmp_path, ws):
    elsewhere = write_tree(tmp_path / "elsewhere", {"part01_vectors.py": "# not theirs\n"})
    submission = write_tree(tmp_path / "s", {"README.txt": "hi"})
    (submission / "linked").symlink_to(elsewhere, target_is_directory=True)
    found = collect(submission, course, (1,), ws)
    assert found.origins == {} and not (ws / "part01_vectors.py").exists()


def test_a_huge_file_and_a_fifo_are_refused_with_a_reason(course, tmp_path, ws):
    submission = write_tree(tmp_path / "s", {})
    with (submission / "part01_vectors.py").open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # 50 MB, sparse
    os.mkfifo(submission / "part02_matrices.py")
    found = collect(submission, course, (1, 2), ws)
    assert (
        "is 52,428,800 bytes; the limit is 2,097,152 bytes" in found.problems["part01_vectors.py"]
    )
    assert "is a named pipe" in found.problems["part02_matrices.py"]
    assert os.listdir(ws) == []


def test_a_near_miss_name_is_explained(course, tmp_path, ws):
    submission = write_tree(
        tmp_path / "s", {"hw/Part01_Vectors.py": "# x\n", "part02-matrices.py": "# y\n"}
    )
    found = collect(submission, course, (1, 2), ws)
    assert (
        "has hw/Part01_Vectors.py: rename it to part01_vectors.py"
        in (found.problems["part01_vectors.py"])
    )
    assert "has part02-matrices.py" in found.problems["part02_matrices.py"]


def test_no_module_at_all_says_what_to_upload(course, tmp_path, ws):
    submission = write_tree(tmp_path / "s", {"homework.py": "x = 1\n", "notes.txt": "hi"})
    found = collect(submission, course, (1,), ws)
    assert found.notes[0].startswith("No exercise module was found in your submission")
    assert "part01_vectors.py" in found.notes[0] and "Found: homework.py." in found.notes[0]
    empty = collect(tmp_path / "missing", course, (1,), ws)
    assert "nothing was uploaded" in empty.notes[0]


# ---------------------------------------------------------------- end to end


def _shellcheck() -> str:
    binary = shutil.which("shellcheck")
    if binary is None:
        pytest.skip("shellcheck is not installed: apt-get install -y shellcheck")
    return binary


def test_the_scripts_pass_shellcheck():
    completed = subprocess.run(
        [_shellcheck(), "--shell=bash", SCRIPTS / "setup.sh", SCRIPTS / "run_autograder"],
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stdout


class Autograder:
    """A temporary /autograder with the zip set up by its own setup.sh."""

    def __init__(self, root: Path, zip_path: Path):
        self.root = root
        self.zip_path = zip_path
        self.env = {**os.environ, "LA4ML_AUTOGRADER_ROOT": str(root)}
        self.env.pop("LA4ML_BWRAP", None)

    def setup(self) -> subprocess.CompletedProcess:
        source = self.root / "source"
        source.mkdir(parents=True)
        with zipfile.ZipFile(self.zip_path) as archive:
            archive.extractall(source)
        shutil.copy2(source / "run_autograder", self.root / "run_autograder")
        (self.root / "run_autograder").chmod(0o755)
        return subprocess.run(
            ["bash", str(source / "setup.sh")],
            cwd=source,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=900,
        )

    def submit(self, files: dict[str, bytes | str], env: dict | None = None) -> dict:
        """Run run_autograder on a fresh submission of ``files``; results.json's data."""
        submission = self.root / "submission"
        shutil.rmtree(submission, ignore_errors=True)
        write_tree(submission, files)
        self.completed = subprocess.run(
            ["bash", str(self.root / "run_autograder")],
            cwd=self.root,
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert self.completed.returncode == 0, self.completed.stderr
        return valid(json.loads((self.root / "results" / "results.json").read_text()))


@pytest.fixture(scope="module")
def autograder(tmp_path_factory):
    built = tmp_path_factory.mktemp("zip") / "autograder.zip"
    arguments = ["autograder", "gradescope", "--seed", str(SEED), "--timeout", str(TIMEOUT)]
    arguments += ["--visibility", "20=hidden", "-o", str(built)]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 0, result.output
    assert "set the assignment's points to 318" in result.output
    # Like /autograder: a folder others may enter but not write, owned by root.
    root = Path(tempfile.mkdtemp(prefix="la4ml-autograder-"))
    root.chmod(0o755)
    grader = Autograder(root, built)
    completed = grader.setup()
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "self-test passed; the assignment is worth 318 points" in completed.stdout
    yield grader
    shutil.rmtree(root, ignore_errors=True)


def test_the_zip_has_the_scripts_at_its_root_and_la4ml_as_a_wheel(autograder):
    with zipfile.ZipFile(autograder.zip_path) as archive:
        names = sorted(archive.namelist())
        modes = {i.filename: i.external_attr >> 16 for i in archive.infolist()}
        config = json.loads(archive.read("la4ml-autograder.json"))
    assert names == [
        "la4ml-0.1.0-py3-none-any.whl",
        "la4ml-autograder.json",
        "run_autograder",
        "setup.sh",
    ]
    assert modes["setup.sh"] & stat.S_IXUSR and modes["run_autograder"] & stat.S_IXUSR
    assert config["seed"] == SEED and config["visibility"] == {"20": "hidden"}
    settings = autograder.root / "source" / "la4ml-autograder.json"
    assert stat.S_IMODE(settings.stat().st_mode) == 0o600


def test_solutions_score_full_marks(autograder, course):
    report = autograder.submit({p.filename: solution_source(p.module) for p in course.parts})
    assert report["score"] == 318
    assert all(t["status"] == "passed" and t["score"] == t["max_score"] for t in report["tests"])
    assert report["output"].startswith("la4ml: 318/318 points (100.0%)")
    hidden = [t for t in report["tests"] if t["name"].startswith("Part 20 ")]
    assert hidden and all(t["visibility"] == "hidden" for t in hidden)
    others = [t for t in report["tests"] if not t["name"].startswith("Part 20 ")]
    assert all(t["visibility"] == "visible" for t in others)
    assert report["execution_time"] >= 1 and report["stdout_visibility"] == "hidden"


def test_stubs_score_zero_every_function_not_started(autograder, course):
    report = autograder.submit(
        {p.filename: (EXERCISES / p.filename).read_bytes() for p in course.parts}
    )
    assert report["score"] == 0
    assert len(report["tests"]) == sum(len(p.functions) for p in course.parts)
    for test in report["tests"]:
        assert test["status"] == "failed"
        assert test["output"].startswith("Not started: the function still raises")
        assert "\nHint: " in test["output"]


def test_a_submission_in_a_nested_folder_from_a_zip(autograder, course):
    report = autograder.submit(
        {
            "hw1 (2)/la4ml/exercises/part01_vectors.py": solution_source("part01_vectors"),
            "__MACOSX/hw1 (2)/la4ml/exercises/._part01_vectors.py": b"\x00\x05\x16\x07\x00",
            "hw1 (2)/la4ml/exercises/.la4ml/history.jsonl": "{}\n",
        }
    )
    assert report["score"] == 14
    part2 = [t for t in report["tests"] if t["name"].startswith("Part 2 ")]
    assert all(t["output"] == "your submission has no part02_matrices.py" for t in part2)
    assert "graded hw1 (2)/la4ml/exercises/part01_vectors.py" in autograder.completed.stdout


def _hostile_submission(root: Path) -> dict[str, bytes | str]:
    loops = (
        solution_source("part01_vectors") + "\n\ndef add(u, v):\n    while True:\n        pass\n"
    )
    attacks = f"""
import os
_root = {str(root)!r}
try:  # forge a score
    with open(_root + "/results/results.json", "w") as _stream:
        _stream.write('{{"score": 1000}}')
except OSError:
    pass
try:  # steal the secret seed
    _settings = open(_root + "/source/la4ml-autograder.json").read()
except OSError:
    _settings = None
if _settings is not None:
    raise RuntimeError("read the settings: " + _settings)
"""
    as_root = (
        "import os\nif os.geteuid() == 0:\n    raise SystemExit('student code ran as root')\n"
    )
    return {
        "part04_dot_cosine.py": Link("/etc/shadow"),
        "part01_vectors.py": loops,
        "part02_matrices.py": attacks + solution_source("part02_matrices"),
        "part03_matrix_arithmetic.py": "import numpy as np\n\ndef matmul(A, B:\n    return A\n",
        "part05_independence_span.py": b"#" * (50 * 1024 * 1024),
        "part06_norms_distances.py": "import os\nos._exit(3)\n",
        "part07_orthogonality.py": as_root + solution_source("part07_orthogonality"),
    }


@pytest.mark.parametrize("isolation", ["auto", "rlimits"])
def test_a_hostile_submission_gets_clear_messages_and_cannot_touch_the_result(
    autograder, course, isolation
):
    env = {"LA4ML_BWRAP": ""} if isolation == "rlimits" else {}  # as if without bubblewrap
    report = autograder.submit(_hostile_submission(autograder.root), env=env)
    tests = {t["name"]: t for t in report["tests"]}
    text = json.dumps(report)
    assert str(SEED) not in text and "la4ml-submission-" not in text
    add = tests["Part 1 · add"]
    assert add["score"] == 0 and f"did not finish within {TIMEOUT:g} s" in add["output"]
    others = [t for n, t in tests.items() if n.startswith("Part 1 ") and n != "Part 1 · add"]
    assert others and all(t["status"] == "passed" for t in others)
    assert all(t["status"] == "passed" for n, t in tests.items() if n.startswith("Part 2 "))
    matmul = tests["Part 3 · matmul"]["output"]
    assert "SyntaxError" in matmul and "part03_matrix_arithmetic.py, line 3: SyntaxError" in matmul
    assert "part04_dot_cosine.py is a symbolic link" in tests["Part 4 · dot"]["output"]
    assert "52,428,800 bytes; the limit is" in tests["Part 5 · gram_matrix"]["output"]
    assert tests["Part 6 · lp_norm"]["score"] == 0 and tests["Part 6 · lp_norm"]["output"]
    part7 = [t for n, t in tests.items() if n.startswith("Part 7 ")]
    if os.geteuid() == 0:  # the grader runs as root, student code must not
        assert all(t["status"] == "passed" for t in part7), part7[0]["output"]
    expected = 14 - course.part(1).function("add").points + 16
    expected += 14 if os.geteuid() == 0 else 0
    assert report["score"] == pytest.approx(expected)
    if isolation == "rlimits":
        assert report["extra_data"]["isolation"] == "rlimits"
        assert "isolation: rlimits only" in report["output"]


def test_an_empty_submission_says_what_to_upload(autograder):
    report = autograder.submit({"answers.txt": "I could not do it"})
    assert report["score"] == 0
    assert "No exercise module was found in your submission" in report["output"]
    assert "Found: no Python files." in report["output"]


def test_a_grader_crash_still_gives_the_student_a_result(autograder):
    settings = autograder.root / "source" / "la4ml-autograder.json"
    saved = settings.read_bytes()
    settings.write_text("{ broken")
    try:
        report = autograder.submit({"part01_vectors.py": solution_source("part01_vectors")})
    finally:
        settings.write_bytes(saved)
    assert report["score"] == 0 and report["tests"] == []
    assert "could not grade this submission (AutograderConfigError" in report["output"]
    assert "not of your files" in report["output"]
    assert "Traceback" in autograder.completed.stderr


def test_when_python_cannot_even_start_run_autograder_writes_a_result(autograder):
    python = autograder.root / "la4ml-venv" / "bin" / "python"
    aside = python.with_name("python.aside")
    python.rename(aside)
    try:
        report = autograder.submit({"part01_vectors.py": solution_source("part01_vectors")})
    finally:
        aside.rename(python)
    assert report["score"] == 0
    assert "stopped (status 127) before it could grade" in report["output"]


def test_an_installed_la4ml_packs_the_same_wheel_again(autograder, tmp_path):
    """From a wheel install (no checkout) the zip's wheel is packed from the installation."""
    again = tmp_path / "again.zip"
    completed = subprocess.run(
        [
            *(str(autograder.root / "la4ml-venv" / "bin" / "la4ml"), "autograder"),
            *("gradescope", "--parts", "1", "-o", str(again)),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    wheels = []
    for path in (autograder.zip_path, again):
        with zipfile.ZipFile(path) as archive:
            inner = archive.read("la4ml-0.1.0-py3-none-any.whl")
        with zipfile.ZipFile(io.BytesIO(inner)) as wheel:
            wheels.append({n: wheel.read(n) for n in wheel.namelist() if not n.endswith("RECORD")})
    first, second = wheels
    assert first.keys() == second.keys()
    assert first == second
    assert any(n.startswith("grader/stubs/") for n in second)


def test_the_self_test_runs_every_test_in_a_sandbox(tmp_path, monkeypatch, capsys):
    """setup.sh's self-test grades stubs through pytest and the sandbox, not from the inventory."""
    from grader import runner
    from grader.delivery import gradescope_run
    from grader.delivery.gradescope import CONFIG_NAME

    (tmp_path / "source").mkdir()
    config = AutograderConfig(parts=(1, 13))
    (tmp_path / "source" / CONFIG_NAME).write_text(config.to_json())
    sessions, session = [], runner._run_session

    def recorded(runs, options, progress):
        session(runs, options, progress)
        sessions.append({number: run.student.calls for number, run in _by_part(runs)})

    monkeypatch.setattr(runner, "_run_session", recorded)
    assert gradescope_run.self_test(tmp_path) == 0
    assert "self-test passed" in capsys.readouterr().out
    assert len(sessions) == 1 and set(sessions[0]) == {1, 13}
    assert all(calls > 0 for calls in sessions[0].values())


def _by_part(runs):
    return [(run.part.number, run) for run in runs.values()]
