"""Several calls in one round trip: each judged on its own, and a bad one costs only itself."""

from __future__ import annotations

import numpy as np
import pytest

from grader.checks import calls
from grader.outcomes import CallTimeout, SandboxCrashed, StudentRaised
from grader.proxy import StudentModule
from grader.sandbox.host import WarmParent
from grader.sandbox.limits import Limits
from grader.sandbox.module import ModuleSandbox

SOURCE = """
import os, time
import numpy as np

def double(x):
    if isinstance(x, np.ndarray) and x.size and x[0] == 99:
        x *= 2                      # changes its input in place
        return x
    if isinstance(x, str) and x == "raise":
        raise ValueError("asked to raise")
    if isinstance(x, str) and x == "hang":
        time.sleep(60)
    if isinstance(x, str) and x == "crash":
        os._exit(3)
    return 2 * np.asarray(x, dtype=float)
"""


@pytest.fixture
def student(tmp_path):
    path = tmp_path / "module.py"
    path.write_text(SOURCE)
    limits = Limits(call_timeout=0.5)
    parent = WarmParent(limits)
    sandbox = ModuleSandbox(parent, "module", path, limits)
    yield StudentModule(sandbox)
    sandbox.close()
    parent.close()


def test_each_call_of_a_batch_is_judged_on_its_own(student):
    changed, kept = np.array([99.0, 1.0]), np.array([5.0, 6.0])
    thunks = calls(student, student.double, [((changed,), {}), (("raise",), {}), ((kept,), {})])
    assert np.array_equal(thunks[0](), [198.0, 2.0])
    assert np.array_equal(changed, [198.0, 2.0])  # the in-place change reached the test's array
    assert str(student.last_call).startswith("double(")
    with pytest.raises(ValueError, match="asked to raise") as caught:
        thunks[1]()
    assert isinstance(caught.value, StudentRaised)
    assert np.array_equal(thunks[2](), [10.0, 12.0]) and np.array_equal(kept, [5.0, 6.0])
    assert student.calls == 3


@pytest.mark.parametrize(("bad", "error"), [("hang", CallTimeout), ("crash", SandboxCrashed)])
def test_a_hang_or_a_crash_in_a_batch_costs_only_that_call(student, bad, error):
    thunks = calls(student, student.double, [((1.0,), {}), ((bad,), {}), ((3.0,), {})])
    assert thunks[0]() == 2.0
    with pytest.raises(error):
        thunks[1]()
    assert thunks[2]() == 6.0
