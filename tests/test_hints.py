"""Hints written against the real mistakes: every wrong answer is pointed at its cause.

Each file of tests/wrong declares what it does wrong and a few clues: words or phrases
that name the cause. A student who makes that mistake reads the first failure of the
function and its first hint; at least one clue must appear in one of them.
"""

from __future__ import annotations

import pytest

from .wrong_support import CASES, case_id, read_header

# Words that fit every mistake and so point at none.
GENERIC = {
    "array",
    "bug",
    "error",
    "expected",
    "fail",
    "failed",
    "incorrect",
    "mistake",
    "raise",
    "raised",
    "result",
    "returned",
    "value",
    "values",
    "wrong",
}


def test_every_wrong_answer_declares_its_mistake_and_specific_clues(course):
    functions = {(p.module, f.name) for p in course.parts for f in p.functions}
    problems = []
    for path in CASES:
        where = case_id(path)
        if (path.parent.name, path.stem.split("__")[0]) not in functions:
            problems.append(f"{where}: no such function in the course")
        header = read_header(path)
        if header is None:
            problems.append(f"{where}: no '# Mistake:' and '# Clue:' header")
            continue
        if not header.mistake.endswith("."):
            problems.append(f"{where}: the mistake is not one sentence: {header.mistake!r}")
        if not header.clues:
            problems.append(f"{where}: no clue")
        for clue in header.clues:
            if clue.lower() in GENERIC or len(clue) < 3:
                problems.append(f"{where}: the clue {clue!r} is not specific to a cause")
        if len({c.lower() for c in header.clues}) != len(header.clues):
            problems.append(f"{where}: a clue is repeated")
    assert not problems, "\n".join(problems)


def test_the_header_reader_needs_both_fields_and_joins_wrapped_lines(tmp_path):
    wrapped = tmp_path / "wrapped.py"
    wrapped.write_text(
        "# Mistake: Divides by n instead of\n#   n - 1.\n# Clue: ddof | n - 1\ndef f():\n"
        "    # Clue: not part of the header\n    pass\n"
    )
    header = read_header(wrapped)
    assert header.mistake == "Divides by n instead of n - 1."
    assert header.clues == ("ddof", "n - 1")
    bare = tmp_path / "bare.py"
    bare.write_text("# Mistake: Forgets the mean.\ndef f():\n    pass\n")
    assert read_header(bare) is None


@pytest.mark.parametrize("path", CASES, ids=[case_id(p) for p in CASES])
def test_the_first_failure_or_hint_1_points_at_the_cause(course, wrong_answers, path):
    header = read_header(path)
    assert header is not None and header.clues, f"{path.name} declares no clue"
    name = path.stem.split("__")[0]
    part = next(p for p in course.parts if p.module == path.parent.name)
    hint = part.function(name).hints[0]
    result = next(f for f in wrong_answers.result(path).functions if f.name == name)
    failure = result.first_failure
    assert failure is not None and failure.message, f"{path.stem} has no failure to read"
    seen = f"{failure.message}\n{hint}".lower()
    assert any(clue.lower() in seen for clue in header.clues), (
        f"neither the first failure nor hint 1 of {name} names the cause of "
        f"{path.stem} ({header.mistake})\n  clues: {' | '.join(header.clues)}\n"
        f"  first failure: {failure.message}\n  hint 1: {hint}"
    )
