"""Plausible wrong implementations lose points: the test of a hidden suite's strength."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import solution_source

WRONG = Path(__file__).with_name("wrong")
CASES = sorted(WRONG.glob("*/*__*.py"))


def test_every_graded_function_has_at_least_two_wrong_answers(course):
    for module_dir in sorted(p for p in WRONG.iterdir() if p.is_dir()):
        part = next(p for p in course.parts if p.module == module_dir.name)
        for function in part.functions:
            mistakes = list(module_dir.glob(f"{function.name}__*.py"))
            assert len(mistakes) >= 2, f"{part.module}.{function.name} has {len(mistakes)}"


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}:{p.stem}" for p in CASES])
def test_wrong_answer_loses_points_on_its_function_only(course, grade_source, path):
    module = path.parent.name
    function = path.stem.split("__")[0]
    part = next(p for p in course.parts if p.module == module)
    source = solution_source(module) + "\n\n" + path.read_text(encoding="utf-8")
    result = grade_source(source, part=part.number)
    scores = {f.name: f for f in result.functions}
    wrong = scores[function]
    assert wrong.score < wrong.max_score, f"{path.stem} kept full marks"
    assert wrong.status == "failed"
    assert wrong.first_failure.message
    others = [f for name, f in scores.items() if name != function]
    assert all(f.score == f.max_score for f in others), [
        (f.name, f.first_failure.message) for f in others if f.score != f.max_score
    ]
