"""The course manifest: the real one is complete and consistent, broken ones are named precisely.

Every broken manifest is a modified copy of the real ``grader/course.yaml``,
so each case differs from a valid manifest in exactly one way.
"""

from __future__ import annotations

import ast
import copy
import math
import re
from pathlib import Path

import pytest
import yaml

from grader.manifest import DEFAULT_MANIFEST, HINT_LEVELS, ManifestError, load_course

from .conftest import EXERCISES

COURSE_MD = Path("/work/shared/COURSE.md")
SECTIONS = {"I": range(1, 7), "II": range(7, 13), "III": range(13, 21)}
_ROW = re.compile(r"^\|\s*(\d+)\s*\|\s*`(\w+)`\s*\|\s*([^|]+?)\s*\|", re.MULTILINE)


@pytest.fixture(scope="module")
def real():
    return load_course(DEFAULT_MANIFEST)


@pytest.fixture(scope="module")
def raw_manifest():
    return yaml.safe_load(DEFAULT_MANIFEST.read_text(encoding="utf-8"))


def public_functions(module: str) -> list[str]:
    tree = ast.parse((EXERCISES / f"{module}.py").read_text(encoding="utf-8"))
    return [
        node.name
        for node in tree.body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and not node.name.startswith("_")
    ]


def course_md_rows() -> dict[int, tuple[str, str]]:
    if not COURSE_MD.exists():
        pytest.skip(f"{COURSE_MD} is not available")
    text = COURSE_MD.read_text(encoding="utf-8")
    return {int(n): (module, title) for n, module, title in _ROW.findall(text)}


# ---------------------------------------------------------------- the real manifest


def test_real_manifest_has_twenty_parts_in_order(real):
    assert [p.number for p in real.parts] == list(range(1, 21))
    assert real.path == DEFAULT_MANIFEST
    assert load_course() == real
    assert load_course(str(DEFAULT_MANIFEST)).parts == real.parts


def test_real_manifest_sections(real):
    assert [s.id for s in real.sections] == ["I", "II", "III"]
    assert all(s.title.strip() for s in real.sections)
    for part in real.parts:
        assert part.number in SECTIONS[part.section], (part.number, part.section)
    for section, numbers in SECTIONS.items():
        assert [p.number for p in real.parts if p.section == section] == list(numbers)


def test_real_manifest_modules_match_their_numbers(real):
    for part in real.parts:
        assert re.fullmatch(rf"part{part.number:02d}_[a-z0-9_]+", part.module), part.module
        assert part.filename == f"{part.module}.py"
        assert (EXERCISES / part.filename).is_file()
    assert len({p.module for p in real.parts}) == 20
    assert len({p.slug for p in real.parts}) == 20


def test_real_manifest_functions_have_two_hints_and_positive_points(real):
    for part in real.parts:
        assert part.functions, part.number
        for function in part.functions:
            where = f"part {part.number} {function.name}"
            assert len(function.hints) == HINT_LEVELS == 2, where
            assert all(isinstance(h, str) and h.strip() for h in function.hints), where
            assert function.hints[0] != function.hints[1], where
            assert isinstance(function.points, float), where
            assert function.points > 0 and math.isfinite(function.points), where
        assert part.max_score == sum(f.points for f in part.functions)
    assert real.max_score == sum(p.max_score for p in real.parts)


@pytest.mark.parametrize("number", range(1, 21))
def test_real_manifest_functions_are_the_stub_public_functions_in_order(real, number):
    part = real.part(number)
    assert [f.name for f in part.functions] == public_functions(part.module)


def test_real_manifest_titles_and_modules_match_course_md(real):
    rows = course_md_rows()
    assert sorted(rows) == list(range(1, 21))
    for part in real.parts:
        assert rows[part.number] == (part.module, part.title), part.number


def test_part_lookup(real):
    assert real.part(13).module == "part13_pca"
    assert real.part(1).function("as_vector").points == 3.0
    assert real.part(1).function("nope") is None
    with pytest.raises(KeyError):
        real.part(21)


def test_suites_dir_is_applied_to_every_part(tmp_path, real):
    course = load_course(DEFAULT_MANIFEST, suites_dir=tmp_path)
    assert all(p.suite_path == tmp_path / f"test_{p.module}.py" for p in course.parts)
    assert [dict(vars(p), suites_dir=None) for p in course.parts] == [
        dict(vars(p), suites_dir=None) for p in real.parts
    ]


# ---------------------------------------------------------------- broken copies


def write_manifest(tmp_path: Path, raw) -> Path:
    path = tmp_path / "course.yaml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(raw, Dumper=dumper, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def manifest_error(path: Path) -> str:
    with pytest.raises(ManifestError) as info:
        load_course(path)
    assert type(info.value) is ManifestError
    return str(info.value)


def assert_names(message: str, path: Path, where: str | None, *words: str) -> None:
    assert str(path) in message, message
    if where is not None:
        # The exact key path: not a prefix of a longer one, not the tail of another.
        pattern = rf"(?<![\w.\]]){re.escape(where)}(?![\w.\[])"
        assert re.search(pattern, message), f"{where!r} not in {message!r}"
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"


def test_an_unmodified_copy_loads_like_the_real_manifest(tmp_path, raw_manifest, real):
    course = load_course(write_manifest(tmp_path, raw_manifest))
    assert course.parts == real.parts
    assert course.sections == real.sections
    assert course.title == real.title


def _set(path: str, value):
    """A mutation that sets ``raw[...]`` at a key path such as ``parts[3].functions[0].points``."""

    def mutate(raw):
        keys = [int(k) if k.isdigit() else k for k in re.findall(r"\w+", path)]
        target = raw
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return mutate


def _delete(path: str):
    def mutate(raw):
        keys = [int(k) if k.isdigit() else k for k in re.findall(r"\w+", path)]
        target = raw
        for key in keys[:-1]:
            target = target[key]
        del target[keys[-1]]

    return mutate


def _copy_field(field: str, source: int, target: int):
    def mutate(raw):
        raw["parts"][target][field] = raw["parts"][source][field]

    return mutate


def _swap_parts(first: int, second: int):
    def mutate(raw):
        parts = raw["parts"]
        parts[first], parts[second] = parts[second], parts[first]

    return mutate


def _hints(index: int, function: int, change):
    def mutate(raw):
        entry = raw["parts"][index]["functions"][function]
        entry["hints"] = change(entry["hints"])

    return mutate


def _reorder_sections(raw):
    raw["sections"] = raw["sections"][::-1]


# id -> (mutation, key path, words the message must contain)
BROKEN = {
    "missing part title": (_delete("parts[0].title"), "parts[0].title", ["missing"]),
    "missing points": (
        _delete("parts[2].functions[1].points"),
        "parts[2].functions[1].points",
        ["missing"],
    ),
    "missing sections": (_delete("sections"), "sections", ["missing"]),
    "duplicate number": (
        _set("parts[1].number", 1),
        "parts[1].number",
        ["duplicate", "1", "parts[0].number"],
    ),
    "duplicate module": (
        _copy_field("module", 3, 7),
        "parts[7].module",
        ["duplicate", "part04_dot_cosine", "parts[3].module"],
    ),
    "duplicate slug": (
        _copy_field("slug", 0, 19),
        "parts[19].slug",
        ["duplicate", "vectors", "parts[0].slug"],
    ),
    "duplicate title": (_copy_field("title", 4, 5), "parts[5].title", ["duplicate"]),
    "duplicate function": (
        _set("parts[0].functions[2].name", "add"),
        "parts[0].functions",
        ["'add'", "twice"],
    ),
    "points is a string": (
        _set("parts[3].functions[2].points", "three"),
        "parts[3].functions[2].points",
        ["expected", "number", "str"],
    ),
    "points is a boolean": (
        _set("parts[6].functions[0].points", True),
        "parts[6].functions[0].points",
        ["expected", "boolean"],
    ),
    "number is a boolean": (
        _set("parts[5].number", True),
        "parts[5].number",
        ["expected", "integer", "boolean"],
    ),
    "number is a float": (
        _set("parts[5].number", 6.0),
        "parts[5].number",
        ["expected", "integer", "float"],
    ),
    "hints is a string": (
        _set("parts[0].functions[3].hints", "just one hint"),
        "parts[0].functions[3].hints",
        ["expected", "list", "str"],
    ),
    "one hint level": (
        _hints(10, 4, lambda hints: hints[:1]),
        "parts[10].functions[4].hints",
        ["expected 2", "got 1"],
    ),
    "three hint levels": (
        _hints(10, 4, lambda hints: [*hints, "a third"]),
        "parts[10].functions[4].hints",
        ["expected 2", "got 3"],
    ),
    "empty hint": (
        _hints(12, 1, lambda hints: [hints[0], ""]),
        "parts[12].functions[1].hints[1]",
        ["empty"],
    ),
    "blank hint": (
        _hints(12, 1, lambda hints: ["   ", hints[1]]),
        "parts[12].functions[1].hints[0]",
        ["empty"],
    ),
    "hint is a number": (
        _hints(12, 1, lambda hints: [hints[0], 5]),
        "parts[12].functions[1].hints[1]",
        ["string"],
    ),
    "unknown part key": (_set("parts[2].colour", "red"), "parts[2]", ["unknown", "colour"]),
    "unknown function key": (
        _set("parts[2].functions[0].weight", 1),
        "parts[2].functions[0]",
        ["unknown", "weight"],
    ),
    "unknown top-level key": (_set("author", "me"), "(top level)", ["unknown", "author"]),
    "section IV": (_set("parts[4].section", "IV"), "parts[4].section", ["'IV'", "not one of"]),
    "module with a hyphen": (
        _set("parts[3].module", "part04-dot"),
        "parts[3].module",
        ["'part04-dot'", "not a valid module name"],
    ),
    "module with capitals": (
        _set("parts[3].module", "Part04_dot"),
        "parts[3].module",
        ["not a valid module name"],
    ),
    "module starting with a digit": (
        _set("parts[3].module", "04_dot"),
        "parts[3].module",
        ["not a valid module name"],
    ),
    "bad function name": (
        _set("parts[1].functions[0].name", "flatten images"),
        "parts[1].functions[0].name",
        ["not a valid function name"],
    ),
    "bad slug": (_set("parts[0].slug", "Vectors!"), "parts[0].slug", ["'Vectors!'"]),
    "parts out of order": (_swap_parts(5, 6), "parts", ["order"]),
    "zero points": (
        _set("parts[8].functions[0].points", 0),
        "parts[8].functions[0].points",
        ["positive"],
    ),
    "negative points": (
        _set("parts[8].functions[0].points", -1.5),
        "parts[8].functions[0].points",
        ["positive", "-1.5"],
    ),
    "NaN points": (
        _set("parts[8].functions[0].points", math.nan),
        "parts[8].functions[0].points",
        ["positive"],
    ),
    "number zero": (_set("parts[0].number", 0), "parts[0].number", ["at least 1"]),
    "empty title": (_set("parts[0].title", " "), "parts[0].title", ["empty"]),
    "no functions": (_set("parts[9].functions", []), "parts[9].functions", ["at least one"]),
    "no parts": (_set("parts", []), "parts", ["no parts"]),
    "part is not a mapping": (_set("parts[1]", "part two"), "parts[1]", ["expected a mapping"]),
    "sections out of order": (_reorder_sections, "sections", ["expected the sections"]),
    "section title missing": (_delete("sections[1].title"), "sections[1].title", ["missing"]),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_manifest_is_named_precisely(tmp_path, raw_manifest, case):
    mutate, where, words = BROKEN[case]
    raw = copy.deepcopy(raw_manifest)
    mutate(raw)
    path = write_manifest(tmp_path, raw)
    assert_names(manifest_error(path), path, where, *words)


def test_points_may_be_a_fraction(tmp_path, raw_manifest):
    raw = copy.deepcopy(raw_manifest)
    raw["parts"][0]["functions"][0]["points"] = 2.5
    course = load_course(write_manifest(tmp_path, raw))
    assert course.parts[0].functions[0].points == 2.5


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("title: [unclosed\nparts: {\n", None, ["not valid YAML"]),
        ("title: a\n  bad: indentation\n", None, ["not valid YAML"]),
        ("", "(top level)", ["expected a mapping"]),
        ("# only a comment\n", "(top level)", ["expected a mapping"]),
        ("- a\n- list\n", "(top level)", ["expected a mapping", "list"]),
        ("just a string\n", "(top level)", ["expected a mapping", "str"]),
    ],
    ids=["unclosed", "indentation", "empty", "comment-only", "list", "scalar"],
)
def test_unreadable_manifest_text(tmp_path, text, where, words):
    path = tmp_path / "course.yaml"
    path.write_text(text, encoding="utf-8")
    assert_names(manifest_error(path), path, where, *words)


def test_missing_file(tmp_path):
    path = tmp_path / "no-such-dir" / "course.yaml"
    assert_names(manifest_error(path), path, None, "cannot read", "No such file")


def test_directory_instead_of_a_file(tmp_path):
    assert_names(manifest_error(tmp_path), tmp_path, None, "cannot read")


def test_invalid_utf8_is_a_manifest_error(tmp_path):
    path = tmp_path / "course.yaml"
    path.write_bytes(DEFAULT_MANIFEST.read_bytes().replace(b"Vectors", b"Vect\xffors", 1))
    assert_names(manifest_error(path), path, None, "UTF-8")
