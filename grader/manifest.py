"""Load and validate the course manifest, ``grader/course.yaml``.

Every error names the file and the key path (``parts[3].functions[0].points``)
so an author can fix it without guessing.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

DEFAULT_MANIFEST = Path(__file__).with_name("course.yaml")
# libyaml's safe loader when PyYAML was built with it (ten times faster), else PyYAML's own.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SUITES_DIR = Path(__file__).with_name("suites")
SECTION_IDS = ("I", "II", "III")
HINT_LEVELS = 2
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
_ROUTINE = re.compile(r"^numpy(\.[A-Za-z_][A-Za-z0-9_]*)+$")
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class ManifestError(ValueError):
    """The manifest is missing, unreadable or invalid."""


@dataclass(frozen=True)
class Function:
    name: str
    points: float
    hints: tuple[str, ...]
    forbids: tuple[str, ...] = ()  # library routines that fail while this function runs


@dataclass(frozen=True)
class Part:
    number: int
    slug: str
    title: str
    section: str
    ml_relevance: str
    focus: str
    module: str
    lesson: str | None
    functions: tuple[Function, ...]
    suites_dir: Path = SUITES_DIR

    @property
    def filename(self) -> str:
        return f"{self.module}.py"

    @property
    def suite_path(self) -> Path:
        return self.suites_dir / f"test_{self.module}.py"

    @property
    def max_score(self) -> float:
        return sum(f.points for f in self.functions)

    def function(self, name: str) -> Function | None:
        return next((f for f in self.functions if f.name == name), None)

    @property
    def forbids(self) -> dict[str, tuple[str, ...]]:
        """Function name -> the routines forbidden while it runs (only those with any)."""
        return {f.name: f.forbids for f in self.functions if f.forbids}


@dataclass(frozen=True)
class Section:
    id: str
    title: str


@dataclass(frozen=True)
class Course:
    title: str
    sections: tuple[Section, ...]
    parts: tuple[Part, ...]
    path: Path

    def part(self, number: int) -> Part:
        for part in self.parts:
            if part.number == number:
                return part
        raise KeyError(number)

    @property
    def max_score(self) -> float:
        return sum(p.max_score for p in self.parts)


class _Reader:
    """Typed access to the YAML tree that reports the key path on every error."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, where: str, problem: str):
        raise ManifestError(f"{self.path}: {where}: {problem}")

    def get(self, mapping: dict, key: str, kind, where: str, optional: bool = False):
        here = f"{where}.{key}" if where else key
        if key not in mapping:
            if optional:
                return None
            self.fail(here, "missing key")
        value = mapping[key]
        if value is None and optional:
            return None
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds:
            self.fail(here, f"expected {_names(kinds)}, got a boolean")
        if not isinstance(value, kinds):
            self.fail(here, f"expected {_names(kinds)}, got {type(value).__name__}")
        if isinstance(value, str) and not value.strip():
            self.fail(here, "must not be empty")
        return value

    def mapping(self, value, where: str, allowed: set[str]) -> dict:
        if not isinstance(value, dict):
            self.fail(where, f"expected a mapping, got {type(value).__name__}")
        unknown = sorted(set(map(str, value)) - allowed)
        if unknown:
            self.fail(where, f"unknown key(s) {', '.join(unknown)}")
        return value


def _names(kinds: tuple) -> str:
    return " or ".join(
        {int: "an integer", float: "a number", str: "a string"}.get(k, k.__name__) for k in kinds
    )


def load_course(path: Path | str | None = None, suites_dir: Path | None = None) -> Course:
    """Read and validate a manifest; raise ManifestError naming the file and key.

    ``suites_dir`` is where the hidden suites are (default: ``grader/suites``).
    """
    path = Path(path) if path is not None else DEFAULT_MANIFEST
    reader = _Reader(path)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except OSError as error:
        raise ManifestError(f"{path}: cannot read the manifest: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise ManifestError(f"{path}: not valid UTF-8 at byte {error.start}") from None
    except yaml.YAMLError as error:
        raise ManifestError(f"{path}: not valid YAML: {error}") from None
    top = reader.mapping(raw, "(top level)", {"title", "sections", "parts"})
    title = reader.get(top, "title", str, "")
    sections = tuple(
        _section(reader, item, f"sections[{i}]")
        for i, item in enumerate(reader.get(top, "sections", list, ""))
    )
    if tuple(s.id for s in sections) != SECTION_IDS:
        reader.fail("sections", f"expected the sections {', '.join(SECTION_IDS)} in order")
    parts = tuple(
        _part(reader, item, f"parts[{i}]")
        for i, item in enumerate(reader.get(top, "parts", list, ""))
    )
    if not parts:
        reader.fail("parts", "the course has no parts")
    _check_unique(reader, parts)
    if suites_dir is not None:
        parts = tuple(dataclasses.replace(p, suites_dir=Path(suites_dir)) for p in parts)
    return Course(title=title, sections=sections, parts=parts, path=path)


def _section(reader: _Reader, item, where: str) -> Section:
    item = reader.mapping(item, where, {"id", "title"})
    return Section(
        id=reader.get(item, "id", str, where), title=reader.get(item, "title", str, where)
    )


_PART_KEYS = {
    "number",
    "slug",
    "title",
    "section",
    "ml_relevance",
    "focus",
    "module",
    "lesson",
    "functions",
}


def _part(reader: _Reader, item, where: str) -> Part:
    item = reader.mapping(item, where, _PART_KEYS)
    number = reader.get(item, "number", int, where)
    if number < 1:
        reader.fail(f"{where}.number", f"must be at least 1, got {number}")
    slug = reader.get(item, "slug", str, where)
    if not _SLUG.match(slug):
        reader.fail(f"{where}.slug", f"{slug!r} is not lowercase words joined by hyphens")
    section = reader.get(item, "section", str, where)
    if section not in SECTION_IDS:
        reader.fail(f"{where}.section", f"{section!r} is not one of {', '.join(SECTION_IDS)}")
    module = reader.get(item, "module", str, where)
    if not _IDENTIFIER.match(module):
        reader.fail(f"{where}.module", f"{module!r} is not a valid module name")
    functions = tuple(
        _function(reader, f, f"{where}.functions[{i}]")
        for i, f in enumerate(reader.get(item, "functions", list, where))
    )
    if not functions:
        reader.fail(f"{where}.functions", "a part needs at least one function")
    names = [f.name for f in functions]
    for name in names:
        if names.count(name) > 1:
            reader.fail(f"{where}.functions", f"function {name!r} is listed twice")
    return Part(
        number=number,
        slug=slug,
        title=reader.get(item, "title", str, where),
        section=section,
        ml_relevance=reader.get(item, "ml_relevance", str, where),
        focus=reader.get(item, "focus", str, where),
        module=module,
        lesson=reader.get(item, "lesson", str, where, optional=True),
        functions=functions,
    )


def _function(reader: _Reader, item, where: str) -> Function:
    item = reader.mapping(item, where, {"name", "points", "hints", "forbids"})
    name = reader.get(item, "name", str, where)
    if not _IDENTIFIER.match(name):
        reader.fail(f"{where}.name", f"{name!r} is not a valid function name")
    points = reader.get(item, "points", (int, float), where)
    if not 0 < points < float("inf"):
        reader.fail(f"{where}.points", f"must be positive, got {points}")
    hints = reader.get(item, "hints", list, where)
    if len(hints) != HINT_LEVELS:
        reader.fail(f"{where}.hints", f"expected {HINT_LEVELS} hint levels, got {len(hints)}")
    for level, hint in enumerate(hints):
        if not isinstance(hint, str) or not hint.strip():
            reader.fail(f"{where}.hints[{level}]", "a hint must be a non-empty string")
    forbids = reader.get(item, "forbids", list, where, optional=True) or []
    for index, routine in enumerate(forbids):
        if not isinstance(routine, str) or not _ROUTINE.match(routine):
            reader.fail(
                f"{where}.forbids[{index}]",
                f"{routine!r} is not a dotted numpy routine such as numpy.linalg.solve",
            )
    return Function(name=name, points=float(points), hints=tuple(hints), forbids=tuple(forbids))


def _check_unique(reader: _Reader, parts: tuple[Part, ...]) -> None:
    for key in ("number", "slug", "module", "title"):
        seen: dict = {}
        for index, part in enumerate(parts):
            value = getattr(part, key)
            if value in seen:
                reader.fail(
                    f"parts[{index}].{key}",
                    f"duplicate {key} {value!r} (also parts[{seen[value]}].{key})",
                )
            seen[value] = index
    numbers = [p.number for p in parts]
    if numbers != sorted(numbers):
        reader.fail("parts", "parts must be listed in order of their numbers")
    for index in range(1, len(parts)):
        if SECTION_IDS.index(parts[index].section) < SECTION_IDS.index(parts[index - 1].section):
            reader.fail(
                f"parts[{index}].section",
                f"section {parts[index].section} comes after a part of section "
                f"{parts[index - 1].section}; sections must be in order",
            )
