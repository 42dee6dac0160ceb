"""``la4ml autograder github``: the GitHub Classroom workflow that grades every push.

The workflow installs la4ml, runs ``la4ml grade --format classroom`` and hands
the result to GitHub's ``autograding-grading-reporter`` action, which posts
the points to Classroom. The reporter reads a step's result from the
environment variable ``<STEP ID>_RESULTS``, base64-encoded, and looks for the
check run named "Autograding Tests" to attach the points to: hence the job's
name.
"""

from __future__ import annotations

import re
from pathlib import Path

from grader.delivery.sources import version

WORKFLOW_PATH = Path(".github") / "workflows" / "classroom.yml"
REPORTER = "classroom-resources/autograding-grading-reporter@v1"
STEP_ID = "la4ml"
RESULT_FILE = "la4ml-result.json"
PYTHON = "3.12"
# A requirement for pip: "la4ml==1.0", "la4ml[docs]>=1", "la4ml @ git+https://...@v1".
_REQUIREMENT = re.compile(r"^la4ml(\[[a-z,]+\])?\s*(==|>=|~=|@)\s*[A-Za-z0-9_.+\-:/@#%=]+$")


class WorkflowError(ValueError):
    """The workflow cannot be written as asked; the message says why."""


def default_requirement() -> str:
    """la4ml at exactly the installed version."""
    return f"la4ml=={version()}"


def check_requirement(requirement: str) -> str:
    """``requirement`` if it is a plain pip requirement for la4ml, else WorkflowError."""
    requirement = requirement.strip()
    if not _REQUIREMENT.fullmatch(requirement):
        raise WorkflowError(
            f"{requirement!r} is not a requirement for la4ml such as 'la4ml==1.0' or "
            "'la4ml @ git+https://github.com/ORG/la4ml@v1.0'"
        )
    return requirement


def with_extra(requirement: str, extra: str) -> str:
    """The same requirement with an extra: 'la4ml==1.0' -> 'la4ml[docs]==1.0'."""
    if requirement.startswith("la4ml["):
        return requirement
    return f"la4ml[{extra}]" + requirement.removeprefix("la4ml")


def workflow(parts: tuple[int, ...] = (), install: str | None = None) -> str:
    """The workflow file's text; ``install`` is the shell command that installs la4ml."""
    if install is None:
        install = f'python -m pip install "{default_requirement()}"'
    grade = "la4ml grade " + "".join(f"{n} " for n in parts)
    return f"""# GitHub Classroom autograding with la4ml: grades every push and reports the
# points to Classroom. Written by `la4ml autograder github` (la4ml {version()}).
name: Autograding Tests
"on":
  - push
  - workflow_dispatch
  - repository_dispatch
permissions:
  checks: write
  actions: read
  contents: read
jobs:
  autograding:
    # The reporter attaches the points to the check run of this name.
    name: Autograding Tests
    runs-on: ubuntu-latest
    if: github.actor != 'github-classroom[bot]'
    timeout-minutes: 15
    steps:
      - name: Check out the submission
        uses: actions/checkout@v4
      - name: Set up Python
        uses: actions/setup-python@v5
        with:
          python-version: "{PYTHON}"
      - name: Install la4ml
        run: {install}
      - name: Grade with la4ml
        id: {STEP_ID}
        run: |
          {grade}--format classroom --output {RESULT_FILE} --no-history
          echo "result=$(base64 -w 0 {RESULT_FILE})" >> "$GITHUB_OUTPUT"
      - name: Report the points to GitHub Classroom
        uses: {REPORTER}
        env:
          {STEP_ID.upper()}_RESULTS: "${{{{ steps.{STEP_ID}.outputs.result }}}}"
        with:
          runners: {STEP_ID}
"""


def write_workflow(path: Path, text: str, force: bool = False) -> Path:
    """Write the workflow to ``path``; an existing file is replaced only with ``force``."""
    path = Path(path)
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise WorkflowError(f"{path} is not a regular file: remove it first")
    if path.exists() and not force:
        raise WorkflowError(f"{path} already exists: add --force to replace it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise WorkflowError(f"cannot write {path}: {error.strerror}") from None
    return path
