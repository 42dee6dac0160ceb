"""The student's loop: errors said once, failures that can be repeated, hints that know."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import numpy as np
import pytest
from click.testing import CliRunner

from grader.checks import Expect, type_words
from grader.cli import main
from grader.outcomes import CallTimeout
from grader.proxy import describe_value

from .conftest import SOLUTIONS

PART1, PART13, PART20 = "part01_vectors.py", "part13_pca.py", "part20_random_projections.py"


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def workspace_with(tmp_path, name: str, extra: str = "", source: str | None = None):
    workspace = tmp_path / "ws"
    workspace.mkdir(exist_ok=True)
    text = source if source is not None else (SOLUTIONS / name).read_text() + extra
    (workspace / name).write_text(text)
    return workspace


# ---------------------------------------------------------------- errors said once


def test_a_syntax_error_is_one_message_with_its_line_and_a_caret(tmp_path):
    workspace = workspace_with(tmp_path, PART13, "\n\ndef broken(:\n    pass\n")
    line = (workspace / PART13).read_text().splitlines().index("def broken(:") + 1
    table = cli("grade", "13", "-w", workspace, "--no-history")
    assert table.exit_code == 0
    assert f"part13_pca.py, line {line}: SyntaxError" in table.output
    assert "def broken(:\n" in table.output and "^" in table.output
    assert table.output.count("SyntaxError") == 1
    assert "Hint:" not in table.output and "[" not in table.output
    report = json.loads(
        cli("grade", "13", "-w", workspace, "--no-history", "--format", "json").output
    )
    tests = [t for f in report["parts"][0]["functions"] for t in f["tests"]]
    assert len(tests) >= 17
    assert {t["message"] for t in tests} == {
        "not run: the module did not import (see the part's error)"
    }


def test_a_case_label_never_leaks_into_another_case():
    """The same error raised in two cases carries only its own case's label each time."""
    expect = Expect(student=None)
    shared = CallTimeout("add(...) did not finish within 5 s")
    messages = []
    for name in ("first", "second"):
        with pytest.raises(CallTimeout) as caught, expect.case(name):
            raise shared
        messages.append(str(caught.value))
    assert messages == [
        "[first] add(...) did not finish within 5 s",
        "[second] add(...) did not finish within 5 s",
    ]
    assert str(shared) == "add(...) did not finish within 5 s"


# ---------------------------------------------------------------- failures that can be repeated


def _calls(output: str) -> list[str]:
    """The code blocks printed under "to repeat this call" in a -v checklist."""
    blocks, current = [], None
    for line in output.splitlines():
        if "to repeat this call" in line:
            current = []
            blocks.append(current)
        elif current is not None and line.startswith("          "):
            current.append(line.strip())
        else:
            current = None
    return ["\n".join(block) for block in blocks]


def _arguments(code: str, workspace) -> tuple:
    """The arguments the repeated call passes, read by running its code with a stand-in."""
    lines = code.splitlines()
    function = next(line.split()[-1] for line in lines if line.startswith("from "))
    lines = [
        f"def {function}(*args, **kwargs):\n    return args"
        if line.startswith("from ")
        else "captured = " + line[len("print(repr(") : -2]
        if line.startswith("print(repr(")
        else line
        for line in lines
    ]
    namespace: dict = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(workspace)
        exec("\n".join(lines), namespace)
    return namespace["captured"]


def _run(code: str, workspace) -> str:
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=workspace, capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout.strip()


def test_a_failing_random_case_pastes_into_python_and_fails_again(tmp_path):
    wrong = (
        "\n\ndef add(u, v):\n    return np.asarray(u, dtype=float) - np.asarray(v, dtype=float)\n"
    )
    workspace = workspace_with(tmp_path, PART1, wrong)
    result = cli("grade", "1", "-w", workspace, "-v")
    codes = [c for c in _calls(result.output) if "add(" in c]
    assert codes, result.output
    random_case = next(c for c in codes if "array(" in c)
    got = eval(_run(random_case, workspace), {"array": np.array})
    u, v = _arguments(random_case, workspace)
    assert np.array_equal(got, u - v) and not np.allclose(got, u + v)


def test_large_inputs_are_saved_and_the_call_loads_them(tmp_path):
    wrong = (
        "\n\n_right = project\n\n\ndef project(X, R):\n    Z = _right(X, R)\n"
        "    return Z + 1.0 if Z.shape[0] == 7 else Z\n"
    )
    workspace = workspace_with(tmp_path, PART20, wrong)
    result = cli("grade", "20", "-w", workspace, "-v")
    code = next(c for c in _calls(result.output) if "np.load" in c)
    saved = re.search(r'np.load\("([^"]+)"\)', code)[1]
    assert (workspace / saved).is_file()
    arrays = np.load(workspace / saved)
    printed = _run(code, workspace)
    got = eval(printed, {"array": np.array})
    X, R = _arguments(code, workspace)
    assert any(np.array_equal(X, arrays[k]) for k in arrays.files)
    assert X.shape == (7, 9) and np.array_equal(got, X @ R + 1.0)


def test_one_case_can_be_rerun_on_its_own(tmp_path):
    wrong = (
        "\n\ndef add(u, v):\n    return np.asarray(u, dtype=float) - np.asarray(v, dtype=float)\n"
    )
    workspace = workspace_with(tmp_path, PART1, wrong)
    report = json.loads(cli("grade", "1", "-w", workspace, "--format", "json").output)
    add = next(f for f in report["parts"][0]["functions"] if f["name"] == "add")
    failure = next(t for t in add["tests"] if t["outcome"] != "passed")
    name = re.match(r"\[([^\]]+)\]", failure["message"])[1]
    focused = cli("grade", "1", "-w", workspace, "--case", name)
    assert focused.exit_code == 0
    assert f"✗ [{name}] in {failure['name']} (add)" in focused.output
    assert "to repeat this call" in focused.output
    assert "as_vector" not in focused.output
    missing = cli("grade", "1", "-w", workspace, "--case", "no-such-case")
    assert "No case named 'no-such-case' ran" in missing.output


# ---------------------------------------------------------------- words and hints


def test_messages_use_python_words_and_plain_numbers():
    assert type_words(3) == "an int"
    assert type_words(0.5) == "a float"
    assert type_words(np.float64(0.5)) == "a numpy float64"
    assert describe_value(np.float64(0.1)) == "0.1"
    assert describe_value(np.int64(3)) == "3"


def test_hints_know_when_a_part_or_function_is_done(tmp_path):
    workspace = workspace_with(tmp_path, PART1)
    cli("grade", "1", "-w", workspace)
    done = cli("hint", "1", "-w", workspace)
    assert "Part 1 is complete" in done.output and "la4ml grade 2" in done.output
    function = cli("hint", "1", "add", "-w", workspace)
    assert "add passed every test in your latest run" in function.output
    forced = cli("hint", "1", "add", "-w", workspace, "--level", "1")
    assert "hint 1 of 2" in forced.output
