"""Failing calls a student can rerun: inputs too large to print are saved as ``.npz`` files.

``la4ml grade -v`` shows, under each failing test, Python that repeats the
failing call exactly. Small inputs are written out in full (floats round-trip
through ``repr``); larger ones are saved in the workspace under
``.la4ml/cases/``, and the code loads them from there. The folder is opened
like the history: never through a symbolic link.
"""

from __future__ import annotations

import contextlib
import os
import re

import numpy as np

from grader.history import _open_directory
from grader.results import CourseResult

CASES_DIR = "cases"
PLACEHOLDER = "CASE_FILE"


def _name(part: int, test: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", f"part{part:02d}-{test}")[:120] + ".npz"


def save_cases(workspace, result: CourseResult) -> int:
    """Save the large inputs of every failing call; returns how many files were written."""
    pending = [
        (part.number, test)
        for part in result.parts
        for function in part.functions
        for test in function.tests
        if test.call_arrays
    ]
    if not pending:
        return 0
    directory = _open_directory(workspace, create=True)
    try:
        with contextlib.suppress(FileExistsError):
            os.mkdir(CASES_DIR, 0o755, dir_fd=directory)
        cases = os.open(CASES_DIR, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=directory)
    finally:
        os.close(directory)
    try:
        for number, test in pending:
            name = _name(number, test.name)
            fd = os.open(
                name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644, dir_fd=cases
            )
            with os.fdopen(fd, "wb") as stream:
                np.savez(stream, **test.call_arrays)
            test.call = test.call.replace(PLACEHOLDER, f".la4ml/{CASES_DIR}/{name}")
    finally:
        os.close(cases)
    return len(pending)


def unsaved(result: CourseResult) -> None:
    """Say, in the code of calls whose inputs were not saved, how to get them."""
    for part in result.parts:
        for function in part.functions:
            for test in function.tests:
                if test.call_arrays:
                    test.call = test.call.replace(
                        PLACEHOLDER, f".la4ml/{CASES_DIR}/{_name(part.number, test.name)}"
                    )
                    test.call = "# run `la4ml grade -v` first to save these inputs\n" + test.call
