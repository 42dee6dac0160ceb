"""``la4ml autograder gradescope``: the zip an instructor uploads to Gradescope.

The zip holds, at its root: ``setup.sh`` and ``run_autograder`` (see
``templates/gradescope/``), la4ml's own wheel, and ``la4ml-autograder.json``
with the assignment's settings (parts, seed, limits, visibility). Gradescope
builds an image with ``setup.sh`` once, then runs ``run_autograder`` for each
submission; that script calls :mod:`grader.delivery.gradescope_run`.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from grader.delivery.wheel import build_wheel
from grader.manifest import Course
from grader.reports.gradescope import VISIBILITIES
from grader.sandbox.limits import Limits

CONFIG_NAME = "la4ml-autograder.json"
SCRIPTS = Path(__file__).with_name("templates") / "gradescope"
EXECUTABLE = ("setup.sh", "run_autograder")


class AutograderConfigError(ValueError):
    """The autograder's settings are invalid; the message names the setting."""


@dataclass(frozen=True)
class AutograderConfig:
    """What the autograder grades, with which seed and limits, and what students see."""

    parts: tuple[int, ...]
    seed: int = 0
    timeout: float = 5.0
    import_timeout: float = 10.0
    memory_mib: int = 2048
    run_timeout: float = 300.0
    default_visibility: str = "visible"
    visibility: dict[int, str] = field(default_factory=dict)

    def limits(self) -> Limits:
        return Limits(
            call_timeout=self.timeout,
            import_timeout=self.import_timeout,
            memory_bytes=self.memory_mib * 1024 * 1024,
            run_timeout=self.run_timeout,
        )

    def to_json(self) -> str:
        data = asdict(self)
        data["parts"] = list(self.parts)
        data["visibility"] = {str(k): v for k, v in sorted(self.visibility.items())}
        return json.dumps(data, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str, course: Course) -> AutograderConfig:
        """Read and check settings written by :meth:`to_json`."""
        try:
            data = json.loads(text)
        except ValueError as error:
            raise AutograderConfigError(f"{CONFIG_NAME} is not valid JSON: {error}") from None
        if not isinstance(data, dict):
            raise AutograderConfigError(f"{CONFIG_NAME} must hold a JSON object")
        unknown = sorted(set(data) - set(cls.__dataclass_fields__))
        if unknown:
            raise AutograderConfigError(f"{CONFIG_NAME}: unknown setting(s) {', '.join(unknown)}")
        parts = data.get("parts")
        if not isinstance(parts, list) or not all(type(n) is int for n in parts):
            raise AutograderConfigError(f"{CONFIG_NAME}: parts must be a list of part numbers")
        visibility = data.get("visibility", {})
        if not isinstance(visibility, dict) or not all(str(k).isdigit() for k in visibility):
            raise AutograderConfigError(f"{CONFIG_NAME}: visibility maps part numbers to levels")
        config = cls(
            parts=tuple(parts),
            seed=data.get("seed", 0),
            timeout=data.get("timeout", 5.0),
            import_timeout=data.get("import_timeout", 10.0),
            memory_mib=data.get("memory_mib", 2048),
            run_timeout=data.get("run_timeout", 300.0),
            default_visibility=data.get("default_visibility", "visible"),
            visibility={int(k): v for k, v in visibility.items()},
        )
        config.check(course)
        return config

    def check(self, course: Course) -> None:
        """Raise AutograderConfigError naming the first setting that is wrong."""
        known = {p.number for p in course.parts}
        unknown = sorted(set(self.parts) - known) or sorted(set(self.visibility) - known)
        if not self.parts:
            raise AutograderConfigError("no parts to grade")
        if unknown:
            raise AutograderConfigError(
                f"no part {', '.join(map(str, unknown))}: parts are {min(known)} to {max(known)}"
            )
        if type(self.seed) is not int:
            raise AutograderConfigError(f"the seed must be an integer, got {self.seed!r}")
        for name in ("timeout", "import_timeout", "run_timeout"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise AutograderConfigError(f"{name} must be a positive number, got {value!r}")
        if type(self.memory_mib) is not int or self.memory_mib < 256:
            raise AutograderConfigError(
                f"memory_mib must be at least 256, got {self.memory_mib!r}"
            )
        for level in (self.default_visibility, *self.visibility.values()):
            if level not in VISIBILITIES:
                raise AutograderConfigError(
                    f"visibility {level!r} is not one of {', '.join(VISIBILITIES)}"
                )

    def max_score(self, course: Course) -> float:
        return sum(course.part(n).max_score for n in self.parts)


@dataclass(frozen=True)
class BuiltZip:
    path: Path
    wheel: str
    max_score: float


def _add(archive: zipfile.ZipFile, name: str, data: bytes, executable: bool = False) -> None:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (0o100755 if executable else 0o100644) << 16
    archive.writestr(info, data)


def build_zip(
    output: Path, course: Course, config: AutograderConfig, force: bool = False
) -> BuiltZip:
    """Write the autograder zip to ``output``; an existing file is replaced only with ``force``."""
    config.check(course)
    output = Path(output)
    if output.is_symlink() or (output.exists() and not output.is_file()):
        raise AutograderConfigError(f"{output} is not a regular file: choose another name")
    if output.exists() and not force:
        raise AutograderConfigError(f"{output} already exists: add --force to replace it")
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="la4ml-zip-") as scratch:
        wheel = build_wheel(Path(scratch))
        partial = output.with_name(f".{output.name}.partial")
        try:
            with zipfile.ZipFile(partial, "w") as archive:
                for name in EXECUTABLE:
                    _add(archive, name, (SCRIPTS / name).read_bytes(), executable=True)
                _add(archive, wheel.name, wheel.read_bytes())
                _add(archive, CONFIG_NAME, config.to_json().encode())
            os.replace(partial, output)
        finally:
            partial.unlink(missing_ok=True)
    return BuiltZip(output, wheel.name, config.max_score(course))
