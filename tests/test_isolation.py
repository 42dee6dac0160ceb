"""Sandbox v2: each guarantee of the isolation, tested with the real command.

Every test that runs ``la4ml`` runs twice: as root and as an unprivileged
user (created here when the tests run as root; see tests/isolation_support.py).
The hostile modules are in tests/hostile/isolation/.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from grader.manifest import load_course
from grader.proxy import StudentModule
from grader.sandbox import isolation
from grader.sandbox.host import WarmParent
from grader.sandbox.limits import Limits
from grader.sandbox.module import ModuleSandbox

from .conftest import REPO, descendants, isolation_level, solution_source

HOSTILE = Path(__file__).with_name("hostile") / "isolation"
COURSE = load_course()


def hostile(name: str, module: str = "part01_vectors", header: str = "") -> str:
    return solution_source(module) + "\n\n" + header + (HOSTILE / f"{name}.py").read_text()


# ---------------------------------------------------------------- fixtures


def require_namespaces(grader) -> None:
    """Skip (with the reason) where this user cannot have namespaces."""
    probe = grader.run("grade", "1", "-w", grader.scratch, "--isolation", "namespaces")
    if "namespaces were required but" in probe.stdout + probe.stderr:
        pytest.skip((probe.stdout + probe.stderr).strip()[-300:])


def grade_json(grader, workspace: Path, *parts, extra=(), env=None) -> dict:
    completed = grader.run(
        "grade", *parts, "-w", workspace, "--format", "json", "--no-history", *extra, env=env
    )
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    return json.loads(completed.stdout)


def functions_of(report: dict, part: int = 1) -> dict:
    part_report = next(p for p in report["parts"] if p["number"] == part)
    return {f["name"]: f for f in part_report["functions"]}


# ---------------------------------------------------------------- 1. namespaces


def test_student_code_sees_only_its_sandbox(grader):
    """No suite, solution, workspace, secret, network, harness or other process is reachable."""
    require_namespaces(grader)
    workspace = grader.workspace("escape")
    secret = grader.scratch / "secret.txt"
    secret.write_text("answers")
    os.chmod(secret, 0o600)  # readable by the grader's user only
    listener = socket.create_server(("127.0.0.1", 0))
    targets = [
        str(REPO / "grader" / "suites" / "test_part01_vectors.py"),
        str(REPO / "solutions" / "part01_vectors.py"),
        str(workspace / "part01_vectors.py"),
        str(secret),
        "/etc/shadow",
    ]
    writes = [str(workspace / "planted.txt"), "/planted.txt", "/dev/shm/planted.txt"]
    header = (
        f"TARGETS = {targets!r}\nWRITE_TARGETS = {writes!r}\n"
        f"PORT = {listener.getsockname()[1]}\nHARNESS_PID = {os.getpid()}\n"
    )
    grader.write(workspace / "part01_vectors.py", hostile("escapes", header=header))
    try:
        report = grade_json(grader, workspace, "1", extra=["--isolation", "namespaces"])
    finally:
        listener.close()
    assert report["isolation"] == "namespaces"
    add = functions_of(report)["add"]
    messages = [t["message"] for t in add["tests"] if t["outcome"] != "passed"]
    assert add["score"] == add["max_score"], messages
    assert not (workspace / "planted.txt").exists()


def test_without_namespaces_the_same_module_escapes(grader):
    """The escape test is real: under weak isolation the same module reaches the workspace."""
    workspace = grader.workspace("weak")
    header = (
        f"TARGETS = [{str(workspace / 'part01_vectors.py')!r}]\nWRITE_TARGETS = []\n"
        f"PORT = 9\nHARNESS_PID = 1\n"
    )
    grader.write(workspace / "part01_vectors.py", hostile("escapes", header=header))
    report = grade_json(grader, workspace, "1", extra=["--isolation", "rlimits"])
    assert report["isolation"] == "rlimits"
    add = functions_of(report)["add"]
    assert add["score"] == 0
    assert "escaped: read" in add["tests"][0]["message"]


def test_honest_code_imports_any_standard_module(grader):
    """The whole standard library is readable inside, wherever Python lives; a BOM is fine."""
    require_namespaces(grader)
    workspace = grader.workspace("stdlib")
    source = solution_source("part01_vectors").replace(
        "import numpy as np",
        "import colorsys\nimport difflib\nimport unicodedata\n\nimport numpy as np",
        1,
    )
    source += (
        "\n\n_solved_scale = scale\n\n\ndef scale(c, v):\n"
        "    assert unicodedata.name('é') and difflib.SequenceMatcher(None, 'a', 'b')\n"
        "    assert colorsys.rgb_to_hsv(0.1, 0.2, 0.3)\n"
        "    return _solved_scale(c, v)\n"
    )
    path = workspace / "part01_vectors.py"
    path.write_bytes(b"\xef\xbb\xbf" + source.encode("utf-8"))
    os.chown(path, grader.uid, grader.gid)
    report = grade_json(grader, workspace, "1", extra=["--isolation", "namespaces"])
    assert report["score"] == report["max_score"] == 14, json.dumps(report["parts"])[:2000]


# ---------------------------------------------------------------- 2. weak isolation is said


def test_weak_isolation_is_reported_in_every_format(grader):
    workspace = grader.workspace("fallback")
    grader.write(workspace / "part01_vectors.py", solution_source("part01_vectors"))
    env = {"LA4ML_BWRAP": ""}  # as if bubblewrap were not installed
    report = grade_json(grader, workspace, "1", env=env)
    assert report["isolation"] == "rlimits"
    assert report["score"] == 14
    table = grader.run("grade", "-w", workspace, "--no-history", env=env)
    assert "Isolation: rlimits only (bubblewrap was not found" in table.stdout
    junit = grader.run("grade", "1", "-w", workspace, "--format", "junit", env=env)
    assert '<property name="isolation" value="rlimits" />' in junit.stdout
    gradescope = grader.run("grade", "1", "-w", workspace, "--format", "gradescope", env=env)
    assert "isolation: rlimits only" in json.loads(gradescope.stdout)["output"]
    required = grader.run("grade", "1", "-w", workspace, "--isolation", "namespaces", env=env)
    assert required.returncode == 2
    assert "namespaces were required but bubblewrap was not found" in required.stderr


def test_a_bubblewrap_that_fails_falls_back_and_says_why(grader):
    """bubblewrap installed but refused namespaces: the grade still runs, and says so."""
    workspace = grader.workspace("refused")
    grader.write(workspace / "part01_vectors.py", solution_source("part01_vectors"))
    fake = grader.write(
        grader.scratch / "bwrap",
        "#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n",
    )
    fake.chmod(0o755)
    report = grade_json(grader, workspace, "1", env={"LA4ML_BWRAP": str(fake)})
    assert report["isolation"] == "rlimits" and report["score"] == 14
    table = grader.run(
        "grade", "1", "-w", workspace, "--no-history", env={"LA4ML_BWRAP": str(fake)}
    )
    assert "No permissions to create new namespace" in table.stdout


# ---------------------------------------------------------------- 3. the harness judges


def test_a_patched_worker_cannot_hide_changed_inputs_or_views(grader):
    """Inputs unchanged and new arrays are judged from memory the harness owns."""
    workspace = grader.workspace("patched")
    grader.write(
        workspace / "part02_matrices.py", hostile("patches_the_worker", "part02_matrices")
    )
    functions = functions_of(grade_json(grader, workspace, "2"), 2)
    flatten, gray = functions["flatten_images"], functions["to_grayscale"]
    assert 0 < flatten["score"] < flatten["max_score"]
    assert any("shares memory" in t["message"] for t in flatten["tests"])
    assert 0 < gray["score"] < gray["max_score"]
    assert any("in place" in t["message"] for t in gray["tests"])
    untouched = [
        f for name, f in functions.items() if name not in ("flatten_images", "to_grayscale")
    ]
    assert all(f["score"] == f["max_score"] for f in untouched)


def test_hostile_strings_are_cut_by_the_harness(grader):
    workspace = grader.workspace("strings")
    grader.write(workspace / "part01_vectors.py", hostile("huge_strings"))
    completed = grader.run(
        "grade", "1", "-w", workspace, "--format", "json", "--no-history", "--memory", "4096"
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert len(completed.stdout) < 200_000
    functions = functions_of(json.loads(completed.stdout))
    assert functions["add"]["score"] == functions["scale"]["score"] == 0
    for test in functions["add"]["tests"] + functions["scale"]["tests"]:
        assert len(test["message"]) < 1500 and len(test["output"]) < 2200


def test_a_whole_course_report_stays_small(grader):
    """Every function of all 20 parts prints, raises and returns as much as it can."""
    workspace = grader.workspace("course")
    for part in COURSE.parts:
        lines = ["import numpy as np", ""]
        for function in part.functions:
            lines += [
                f"def {function.name}(*args, **kwargs):",
                "    print('p' * 200_000)",
                "    raise type('E' * 100_000, (ValueError,), {})('m' * 1_000_000)",
                "",
            ]
        grader.write(workspace / part.filename, "\n".join(lines))
    completed = grader.run("grade", "-w", workspace, "--format", "json", "--no-history")
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert len(completed.stdout.encode()) < 2 * 1024 * 1024
    report = json.loads(completed.stdout)
    assert report["score"] == 0 and report["max_score"] == 318


# ---------------------------------------------------------------- 4. principals, CPU, time, disk


def test_two_gradings_at_once_cannot_touch_each_other(grader):
    """One submission kills and stops every process it can see; the other scores in full."""
    require_namespaces(grader)
    victim, attacker = grader.workspace("victim"), grader.workspace("attacker")
    grader.write(victim / "part01_vectors.py", solution_source("part01_vectors"))
    grader.write(attacker / "part01_vectors.py", hostile("kills_everyone"))
    slow_victim = [*grader.command, "grade", "1", "-w", str(victim), "--format", "json"]
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(grader.scratch), "LANG": "C.UTF-8"}
    user = {} if grader.uid == os.geteuid() else {"user": grader.uid, "group": grader.gid}
    processes = []
    for _ in range(2):
        processes.append(
            subprocess.Popen(
                [*slow_victim, "--no-history"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=environment,
                **user,
            )
        )
    attack = grader.run("grade", "1", "-w", attacker, "--format", "json", "--no-history")
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err[-2000:]
        report = json.loads(out)
        assert report["isolation"] == "namespaces"
        assert report["score"] == 14, json.dumps(report["parts"][0])[:3000]
    assert attack.returncode == 0, attack.stderr[-2000:]


def _cpu_seconds(pidfd: int) -> float:
    pid = next(
        int(line.split()[1])
        for line in Path(f"/proc/self/fdinfo/{pidfd}").read_text().splitlines()
        if line.startswith("Pid:")
    )
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.parametrize("level", [isolation.NAMESPACES, isolation.RLIMITS])
def test_a_sandbox_uses_no_cpu_between_calls(tmp_path, level):
    """A timer armed by student code cannot burn CPU while the harness works."""
    chosen = isolation_level(level)
    path = tmp_path / "burner.py"
    path.write_text((HOSTILE / "burns_cpu_between_calls.py").read_text())
    limits = Limits()
    parent = WarmParent(limits, chosen)
    sandbox = ModuleSandbox(parent, "burner", path, limits)
    try:
        student = StudentModule(sandbox)
        assert student.arm() is True
        before = _cpu_seconds(sandbox._pidfd)
        time.sleep(1.0)
        between = _cpu_seconds(sandbox._pidfd) - before
        assert student.ping() == 1  # still alive, and served
        assert between < 0.1, f"the sandbox used {between:.2f} s of CPU between two calls"
    finally:
        sandbox.close()
        parent.close()


def test_the_whole_run_has_a_deadline(grader):
    workspace = grader.workspace("slow")
    source = solution_source("part01_vectors") + (
        "\n\ndef _forever(*args, **kwargs):\n    while True:\n        pass\n\n\n"
        "as_vector = add = scale = linear_combination = centroid = standard_basis = _forever\n"
    )
    grader.write(workspace / "part01_vectors.py", source)
    report = grade_json(grader, workspace, "1", extra=["--timeout", "0.5", "--run-timeout", "2"])
    messages = [t["message"] for f in functions_of(report).values() for t in f["tests"]]
    assert report["score"] == 0
    assert any("time limit of the whole run (2 s) ran out" in m for m in messages), messages


def test_disk_use_is_bounded_and_nothing_is_left_behind(tmp_path):
    """The scratch space is a size-limited tmpfs that vanishes with the sandbox."""
    chosen = isolation_level(isolation.NAMESPACES)
    path = tmp_path / "filler.py"
    path.write_text((HOSTILE / "fills_the_disk.py").read_text())
    limits = Limits(tmpfs_bytes=16 * 1024**2, call_timeout=20)
    marker = f"la4ml-marker-{uuid.uuid4().hex}"
    parent = WarmParent(limits, chosen)
    processes = descendants(parent.process.pid)
    sandbox = ModuleSandbox(parent, "filler", path, limits)
    try:
        written, error = StudentModule(sandbox).fill(marker)
        assert error == "ENOSPC" and written <= 16
    finally:
        sandbox.close()
        parent.close()
    for directory in ("/tmp", "/dev/shm", "/var/tmp"):
        assert not (Path(directory) / marker).exists(), f"{marker} was left in {directory}"
    deadline = time.monotonic() + 5
    while any(Path(f"/proc/{pid}").exists() for pid in processes):
        assert time.monotonic() < deadline, "a sandbox process outlived the run"
        time.sleep(0.05)


# ---------------------------------------------------------------- 5. student files


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda ws, secret: os.symlink(secret, ws / "part01_vectors.py"), "is a symbolic link"),
        (lambda ws, secret: os.symlink("/proc/kmsg", ws / "part01_vectors.py"), "symbolic link"),
        (lambda ws, secret: os.mkfifo(ws / "part01_vectors.py"), "is a named pipe"),
        (lambda ws, secret: (ws / "part01_vectors.py").mkdir(), "is a directory"),
        (
            lambda ws, secret: (ws / "part01_vectors.py").write_bytes(b"#" * (3 * 1024**2)),
            "the limit is",
        ),
    ],
    ids=["link-to-secret", "link-to-kmsg", "fifo", "directory", "three-megabytes"],
)
def test_student_files_are_opened_safely(grader, make, fragment):
    workspace = grader.workspace("files")
    secret = grader.scratch / "root-only.py"
    secret.write_text(solution_source("part01_vectors"))
    os.chmod(secret, 0o600)
    make(workspace, secret)
    report = grade_json(grader, workspace, "1")
    part = report["parts"][0]
    assert part["status"] == "error" and part["score"] == 0
    assert fragment in part["error"]


def test_history_is_never_followed_through_a_link_and_is_validated(grader):
    workspace = grader.workspace("history")
    grader.write(workspace / "part01_vectors.py", solution_source("part01_vectors"))
    elsewhere = grader.workspace("elsewhere")
    os.symlink(elsewhere, workspace / ".la4ml")
    completed = grader.run("grade", "1", "-w", workspace)
    assert completed.returncode == 0
    assert "symbolic link" in completed.stderr
    assert list(elsewhere.iterdir()) == []
    os.unlink(workspace / ".la4ml")
    history = workspace / ".la4ml"
    history.mkdir()
    os.chown(history, grader.uid, grader.gid)
    forged = [
        json.dumps(
            {
                "event": "grade",
                "parts": {"1": {"status": "complete", "score": 1e9, "max_score": 1e9}},
            }
        ),
        '{"event":"grade","parts":{"1":{"status":"complete","score":NaN,"max_score":14}}}',
        '{"event": "grade", "parts": {"1": "complete"}}',
        "[" * 100_000,
        "not json at all",
        '{"event": "grade", "parts": {"1": {"status": "partial", "score": 3, "max_score": 14}}}',
    ]
    grader.write(history / "history.jsonl", "\n".join(forged) + "\n")
    listing = grader.run("list", "-w", workspace)
    assert listing.returncode == 0, listing.stderr
    line = next(row for row in listing.stdout.splitlines() if "Vectors, Scalars" in row)
    assert "best 3/14" in line


# ---------------------------------------------------------------- 6. rules fail closed


def test_rules_read_the_source_as_python_does(grader):
    """A BOM or a coding cookie does not hide a broken rule (``@`` in matmul) from the rules."""
    workspace = grader.workspace("encodings")
    cheat = (
        "\n\ndef matmul(A, B):\n    # produit matriciel, écrit sans boucle\n"
        "    return np.asarray(A, dtype=float) @ np.asarray(B, dtype=float)\n"
    )
    source = solution_source("part03_matrix_arithmetic") + cheat
    path = workspace / "part03_matrix_arithmetic.py"
    for encoded in (
        b"\xef\xbb\xbf" + source.encode("utf-8"),
        ("# -*- coding: latin-1 -*-\n" + source).encode("latin-1"),
    ):
        path.write_bytes(encoded)
        os.chown(path, grader.uid, grader.gid)
        matmul = functions_of(grade_json(grader, workspace, "3"), 3)["matmul"]
        rule = next(
            t for t in matmul["tests"] if t["name"] == "test_matmul_is_built_from_rows_and_columns"
        )
        assert rule["outcome"] == "failed", rule
        assert sum(t["outcome"] == "passed" for t in matmul["tests"]) >= 2  # the values are right


def test_forbidden_routines_trip_however_they_are_reached(grader):
    workspace = grader.workspace("tripwire")
    grader.write(
        workspace / "part08_inverses_systems.py",
        hostile("hidden_forbidden_call", "part08_inverses_systems"),
    )
    report = grade_json(grader, workspace, "8")
    functions = functions_of(report, 8)
    for name in ("solve", "inverse"):
        assert functions[name]["score"] == 0
        assert "which this exercise forbids" in functions[name]["tests"][0]["message"]
    others = [f for n, f in functions.items() if n not in ("solve", "inverse")]
    assert all(f["score"] == f["max_score"] for f in others)
    kinds = {(f["kind"], f["function"]) for f in report["flags"]}
    assert ("forbidden-routine", "solve") in kinds
    assert ("forbidden-routine", "inverse") in kinds
    assert ("suspicious-code", "solve") in kinds  # getattr with a computed name
    hidden = next(
        f for f in report["flags"] if f["function"] == "solve" and "reached" in f["detail"]
    )
    assert "does not name it" in hidden["detail"]


# ---------------------------------------------------------------- 7. raising is not answering


def test_a_course_that_only_raises_scores_nothing(grader):
    workspace = grader.workspace("raises")
    for part in COURSE.parts:
        lines = ["import numpy as np", ""]
        for function in part.functions:
            lines += [
                f"def {function.name}(*args, **kwargs):",
                "    raise np.linalg.LinAlgError('no')",
                "",
            ]
        grader.write(workspace / part.filename, "\n".join(lines))
    report = grade_json(grader, workspace)
    assert report["score"] == 0
    gated = [t for p in report["parts"] for f in p["functions"] for t in f["tests"] if t["gated"]]
    passed = [t for t in gated if t["outcome"] == "passed"]
    assert len(passed) > 100  # they raise where they should, and it earns nothing


# ---------------------------------------------------------------- 8. suites verified


def _user_owned_install(grader) -> Path:
    """A copy of the grader package that belongs to the grading user, as after pip --user."""
    site = grader.scratch / "own-site"
    shutil.copytree(REPO / "grader", site / "grader", ignore=shutil.ignore_patterns("__pycache__"))
    for path in [site, *site.rglob("*")]:
        os.chown(path, grader.uid, grader.gid)
    return site


def test_a_modified_suite_is_refused(grader):
    site = _user_owned_install(grader)
    suite = site / "grader" / "suites" / "test_part01_vectors.py"
    suite.write_text(suite.read_text() + "\n\ndef test_free_points():\n    pass\n")
    workspace = grader.workspace("refused")
    grader.write(workspace / "part01_vectors.py", solution_source("part01_vectors"))
    command = [*grader.command[:-1], f"{site}:{grader.command[-1]}"]
    completed = subprocess.run(
        [*command, "grade", "1", "-w", str(workspace)],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(grader.scratch)},
        **({} if grader.uid == os.geteuid() else {"user": grader.uid, "group": grader.gid}),
    )
    assert completed.returncode == 2
    assert "refusing to grade" in completed.stderr and "test_part01_vectors.py" in completed.stderr


def test_student_code_cannot_rewrite_the_suites(grader):
    """With namespaces the suites are out of sight; without, a rewrite is caught next run."""
    site = _user_owned_install(grader)
    suite = site / "grader" / "suites" / "test_part01_vectors.py"
    attack = (
        f"\ntry:\n    open({str(suite)!r}, 'a').write('\\n# rewritten by a student\\n')\n"
        "except OSError:\n    pass\n"
    )
    workspace = grader.workspace("rewrite")
    grader.write(workspace / "part01_vectors.py", solution_source("part01_vectors") + attack)
    command = [*grader.command[:-1], f"{site}:{grader.command[-1]}"]
    user = {} if grader.uid == os.geteuid() else {"user": grader.uid, "group": grader.gid}
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(grader.scratch)}

    def run(level):
        return subprocess.run(
            [*command, "grade", "1", "-w", str(workspace), "--isolation", level],
            capture_output=True,
            text=True,
            env=environment,
            **user,
        )

    if isolation.detect().strong:
        for _ in range(2):
            assert run("namespaces").returncode == 0
        assert "rewritten" not in suite.read_text()
    weak = run("rlimits")
    assert weak.returncode == 0  # a rewrite can only happen after the suites were read
    if grader.uid == 0:  # weak isolation as root: student code runs as nobody
        assert "rewritten" not in suite.read_text()
        assert run("rlimits").returncode == 0
        return
    assert "rewritten" in suite.read_text()  # same user, no namespaces: it can write...
    after = run("rlimits")  # ...and the next run refuses the modified installation
    assert after.returncode == 2 and "refusing to grade" in after.stderr
