"""The tests each hidden suite collects, recorded so that untouched stubs need no pytest.

A part whose functions are all still their stubs scores 0 with every test
"not started", whatever the suite checks; what the report still needs is
the list of the suite's tests (name, function, weight, gated). Collecting
that from pytest costs most of a run on a fresh workspace, so
``INVENTORY.json`` (next to the suites) records it, with the SHA-256 of
each suite it describes. An entry is used only for the exact suite bytes it
was made from; any other suite (edited, or a course's own) is collected by
pytest as usual. ``python -m grader.integrity --write`` rewrites it, and a
test checks that it equals what pytest collects.

Each entry also records the SHA-256 of the part's stub as la4ml ships it. A
module with exactly those bytes imports (the stubs are graded in CI) and can
only raise NotImplementedError, so it is reported without a sandbox at all.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

from grader.manifest import Course, Part
from grader.results import TestResult

FILENAME = "INVENTORY.json"
FORMAT = 1


def suite_tests(part: Part) -> list[TestResult] | None:
    """The part's suite's tests, not run, in collection order; None if not recorded."""
    entry = _entries(part.suites_dir.resolve()).get(part.suite_path.name)
    if not isinstance(entry, dict) or entry.get("sha256") != _digest(part.suite_path):
        return None
    try:
        tests = [
            TestResult(name, function, float(weight), gated=bool(gated))
            for name, function, weight, gated in entry["tests"]
        ]
    except (KeyError, TypeError, ValueError):
        return None
    listed = {f.name for f in part.functions}
    if not tests or any(t.function not in listed or not t.weight > 0 for t in tests):
        return None
    return tests


def is_shipped_stub(part: Part, source: bytes) -> bool:
    """Whether ``source`` is, byte for byte, the stub la4ml ships for this part."""
    entry = _entries(part.suites_dir.resolve()).get(part.suite_path.name)
    recorded = entry.get("stub_sha256") if isinstance(entry, dict) else None
    return isinstance(recorded, str) and recorded == hashlib.sha256(source).hexdigest()


@functools.cache
def _entries(suites_dir: Path) -> dict:
    try:
        data = json.loads((suites_dir / FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    suites = data.get("suites")
    return suites if isinstance(suites, dict) else {}


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def render_inventory(course: Course, stubs: dict[str, bytes]) -> str:
    """INVENTORY.json: each suite's tests from a pytest collection, one line per test.

    ``stubs`` maps a part's file name to the bytes of its stub, as shipped.
    """
    suites = []
    for part, tests in collect(course).items():
        rows = ",\n".join(
            "    " + json.dumps([t.name, t.function, t.weight, t.gated]) for t in tests
        )
        stub = hashlib.sha256(stubs[part.filename]).hexdigest()
        suites.append(
            f"  {json.dumps(part.suite_path.name)}: {{\n"
            f'   "sha256": {json.dumps(_digest(part.suite_path))},\n'
            f'   "stub_sha256": {json.dumps(stub)},\n'
            f'   "tests": [\n{rows}\n   ]\n  }}'
        )
    return f'{{\n "format": {FORMAT},\n "suites": {{\n' + ",\n".join(suites) + "\n }\n}\n"


def collect(course: Course) -> dict[Part, list[TestResult]]:
    """What pytest collects from each suite of the course, with the grading session's options."""
    import pytest

    from grader.plugin import SuiteError, register_markers, unrun_result
    from grader.runner import pinned_environment, pytest_arguments

    parts = {p.suite_path.resolve(): p for p in course.parts if p.suite_path.is_file()}
    collected: dict[Part, list[TestResult]] = {p: [] for p in parts.values()}
    failures = []

    class Collector:
        def pytest_configure(self, config):
            register_markers(config)

        def pytest_collectreport(self, report):
            if report.failed:
                failures.append(f"{report.nodeid}: {report.longrepr}")

        def pytest_collection_modifyitems(self, session, config, items):
            for item in items:
                part = parts[Path(item.path).resolve()]
                try:
                    collected[part].append(unrun_result(item, part))
                except SuiteError as error:
                    failures.append(str(error))

    with pinned_environment():
        status = pytest.main(
            [*pytest_arguments(list(parts)), "--collect-only"], plugins=[Collector()]
        )
    if failures or status != 0:
        raise SuiteError(f"the suites did not collect cleanly: {failures[:1] or status}")
    return collected
