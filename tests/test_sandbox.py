"""The sandbox: limits, privileges, scratch space, timeouts, replacement and plain results."""

from __future__ import annotations

import os
import resource
import time
from pathlib import Path

import numpy as np
import pytest

from grader.outcomes import CallTimeout, ImportFailed, SandboxCrashed, StudentRaised
from grader.proxy import StudentModule
from grader.sandbox.host import WarmParent
from grader.sandbox.isolation import NAMESPACES, RLIMITS
from grader.sandbox.limits import Limits
from grader.sandbox.module import ModuleSandbox

from .conftest import descendants, isolation_level

PROBE = """
import os, resource, time
import numpy as np

def identity():
    return {"uid": os.getuid(), "gid": os.getgid(), "cwd": os.getcwd(),
            "home": os.environ["HOME"], "pid": os.getpid(), "ppid": os.getppid()}

def limits():
    names = ["RLIMIT_AS", "RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_NPROC", "RLIMIT_NOFILE",
             "RLIMIT_CORE"]
    return {n: resource.getrlimit(getattr(resource, n))[0] for n in names}

def write_file(size):
    with open("big.bin", "wb") as stream:
        stream.write(b"x" * size)
    return os.path.getsize("big.bin")

def read_file(path):
    with open(path, "rb") as stream:
        return len(stream.read())

def linalg_error():
    raise np.linalg.LinAlgError("singular matrix")

def custom_value_error():
    class Mine(ValueError):
        pass
    raise Mine("custom")

def sleep(seconds):
    time.sleep(seconds)
    return seconds

def crash_if(crash):
    if crash:
        os._exit(9)
    return "second life"

def matrix():
    return np.matrix([[1.0, 2.0]])

def numpy_scalars():
    return np.float64(1.5), np.int64(3), np.bool_(True)

def threads():
    import threading
    threading.Thread(target=lambda: None).start()
"""


@pytest.fixture(params=[NAMESPACES, RLIMITS])
def isolation(request):
    """Each sandbox test runs with namespaces (bubblewrap) and with resource limits only."""
    return isolation_level(request.param)


@pytest.fixture
def probe(tmp_path, isolation):
    parents = []

    def make(source: str = PROBE, **limits) -> StudentModule:
        path = tmp_path / "probe.py"
        path.write_text(source)
        parent = WarmParent(Limits(**limits), isolation)
        parents.append(parent)
        return StudentModule(ModuleSandbox(parent, "probe", path, Limits(**limits)))

    yield make
    for parent in parents:
        parent.close()


def test_sandbox_drops_root_and_works_in_a_scratch_directory(probe, tmp_path, isolation):
    student = probe()
    seen = student.identity()
    assert seen["cwd"] == seen["home"]
    assert not Path(seen["cwd"]).is_relative_to(tmp_path)
    assert seen["ppid"] != os.getpid()
    if isolation.strong:
        assert (seen["uid"], seen["gid"]) == (65534, 65534)
        assert seen["cwd"].startswith("/tmp/sandbox-")
        outside = student.sandbox.parent.outside_uid
        assert outside != 0 and (os.geteuid() != 0 or outside >= 1_000_000)
        return
    if os.geteuid() == 0:
        assert seen["uid"] != 0 and seen["gid"] != 0
    else:
        assert seen["uid"] == os.getuid()
    assert "la4ml-sandboxes-" in seen["cwd"]


def test_resource_limits_are_in_force(probe):
    student = probe(memory_bytes=1024**3, cpu_seconds=30, file_bytes=1024**2)
    seen = student.limits()
    assert seen["RLIMIT_AS"] == 1024**3
    assert seen["RLIMIT_CPU"] == 30
    assert seen["RLIMIT_FSIZE"] == 1024**2
    assert seen["RLIMIT_NPROC"] == 0
    assert seen["RLIMIT_CORE"] == 0
    assert seen["RLIMIT_NOFILE"] <= 64


def test_files_beyond_the_size_limit_cannot_be_written(probe):
    student = probe(file_bytes=1024**2)
    assert student.write_file(1000) == 1000
    with pytest.raises((SandboxCrashed, StudentRaised)):
        student.write_file(2 * 1024**2)


def test_threads_cannot_be_started(probe):
    with pytest.raises(RuntimeError, match="can't start new thread"):
        probe().threads()


def test_root_owned_private_files_are_out_of_reach(probe, tmp_path, isolation):
    if not isolation.strong and os.geteuid() != 0:
        pytest.skip("without namespaces only a root grader drops privileges")
    secret = tmp_path / "secret.txt"
    secret.write_text("answers")
    secret.chmod(0o600)
    with pytest.raises((PermissionError, FileNotFoundError)):
        probe().read_file(str(secret))


def test_student_exceptions_keep_their_builtin_type(probe):
    student = probe()
    with pytest.raises(np.linalg.LinAlgError, match="singular matrix"):
        student.linalg_error()
    with pytest.raises(ValueError, match="custom") as caught:
        student.custom_value_error()
    assert isinstance(caught.value, StudentRaised)
    assert "probe.py, line" in str(caught.value)


def test_a_hung_call_times_out_and_a_fresh_sandbox_takes_over(probe):
    student = probe(call_timeout=0.3)
    first = student.identity()["pid"]
    started = time.monotonic()
    with pytest.raises(CallTimeout, match=r"did not finish within 0\.3 s"):
        student.sleep(30)
    assert time.monotonic() - started < 5
    assert student.sleep(0.01) == 0.01
    assert student.identity()["pid"] != first


def test_a_crashed_sandbox_is_replaced(probe):
    student = probe()
    first = student.identity()["pid"]
    with pytest.raises(SandboxCrashed, match="exited with status 9"):
        student.crash_if(True)
    assert student.crash_if(False) == "second life"
    assert student.identity()["pid"] != first


def test_a_dead_warm_parent_is_restarted(probe):
    student = probe()
    student.identity()
    parent = student.sandbox.parent
    student.sandbox.stop()
    parent.process.kill()
    parent.process.wait()
    assert student.identity()["uid"] >= 0
    assert parent.restarts == 1


def test_import_timeout_is_separate_and_cached(probe):
    student = probe("while True:\n    pass\n", import_timeout=0.3, call_timeout=5)
    started = time.monotonic()
    with pytest.raises(ImportFailed, match=r"did not finish within 0\.3 s"):
        student.identity()
    with pytest.raises(ImportFailed):
        student.limits()
    assert time.monotonic() - started < 3


def test_results_arrive_as_plain_values(probe):
    student = probe()
    got = student.matrix()
    assert type(got) is np.ndarray and got.shape == (1, 2)
    value, integer, flag = student.numpy_scalars()
    assert (type(value), type(integer), type(flag)) == (np.float64, np.int64, np.bool_)


def test_no_sandbox_process_outlives_grading(probe):
    student = probe(call_timeout=0.2)
    with pytest.raises(CallTimeout):
        student.sleep(30)
    student.identity()
    parent = student.sandbox.parent
    processes = descendants(parent.process.pid)
    assert processes, "the warm parent has no processes to watch"
    student.sandbox.close()
    parent.close()
    assert parent.process.poll() is not None
    deadline = time.monotonic() + 5
    while any(Path(f"/proc/{pid}").exists() for pid in processes):
        assert time.monotonic() < deadline, f"still running: {processes}"
        time.sleep(0.05)


def test_the_harness_limits_are_untouched():
    assert resource.getrlimit(resource.RLIMIT_NPROC)[0] != 0
