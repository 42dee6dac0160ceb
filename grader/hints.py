"""Hints from the manifest, one level at a time."""

from __future__ import annotations

from dataclasses import dataclass

from grader.history import best_scores, hint_levels_seen
from grader.manifest import Part


@dataclass(frozen=True)
class Hint:
    function: str
    level: int
    levels: int
    text: str


def latest_statuses(part: Part, records: list[dict]) -> dict[str, str]:
    """Function name -> its status in the latest grading run of the part ({} if never graded)."""
    return best_scores(records).get(part.number, {}).get("functions", {})


def choose_function(part: Part, records: list[dict]) -> str | None:
    """The first function of the part that the latest grading run did not pass.

    None when the latest run passed every function: the part is complete.
    """
    statuses = latest_statuses(part, records)
    for function in part.functions:
        if statuses.get(function.name) != "passed":
            return function.name
    return None


def next_hint(
    part: Part, function_name: str, records: list[dict], level: int | None = None
) -> Hint:
    """The requested level, or the one after the highest already shown (capped at the last)."""
    function = part.function(function_name)
    if function is None:
        names = ", ".join(f.name for f in part.functions)
        raise ValueError(
            f"part {part.number} has no function {function_name!r}; its functions are {names}"
        )
    levels = len(function.hints)
    if level is None:
        level = min(hint_levels_seen(records, part.number, function.name) + 1, levels)
    if not 1 <= level <= levels:
        raise ValueError(f"hint level must be between 1 and {levels}, got {level}")
    return Hint(function.name, level, levels, function.hints[level - 1])
