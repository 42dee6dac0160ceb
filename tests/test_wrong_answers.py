"""Plausible wrong implementations lose points: the test of a hidden suite's strength."""

from __future__ import annotations

import pytest

from .wrong_support import CASES, WRONG, case_id


def test_every_graded_function_has_at_least_two_wrong_answers(course):
    for module_dir in sorted(p for p in WRONG.iterdir() if p.is_dir()):
        part = next(p for p in course.parts if p.module == module_dir.name)
        for function in part.functions:
            mistakes = list(module_dir.glob(f"{function.name}__*.py"))
            assert len(mistakes) >= 2, f"{part.module}.{function.name} has {len(mistakes)}"


@pytest.mark.parametrize("path", CASES, ids=[case_id(p) for p in CASES])
def test_wrong_answer_loses_points_on_its_function_only(wrong_answers, path):
    function = path.stem.split("__")[0]
    result = wrong_answers.result(path)
    scores = {f.name: f for f in result.functions}
    wrong = scores[function]
    assert wrong.score < wrong.max_score, f"{path.stem} kept full marks"
    assert wrong.status == "failed"
    assert wrong.first_failure.message
    others = [f for name, f in scores.items() if name != function]
    assert all(f.score == f.max_score for f in others), [
        (f.name, f.first_failure.message) for f in others if f.score != f.max_score
    ]
