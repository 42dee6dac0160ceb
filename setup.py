"""Build hook: the wheel carries the stubs of exercises/ as ``grader/stubs/``.

``exercises/`` stays the one source of truth; this copies its ``part*.py``
modules into the build tree, so that ``pip install la4ml`` followed by
``la4ml init`` can give a student a workspace without the repository (and
without ``solutions/``, which is never part of a build).
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithStubs(build_py):
    """build_py, plus the stubs copied from exercises/ into grader/stubs/."""

    def run(self):
        super().run()
        if self.editable_mode:
            return  # an editable install reads exercises/ itself
        target = Path(self.build_lib) / "grader" / "stubs"
        target.mkdir(parents=True, exist_ok=True)
        stubs = sorted((HERE / "exercises").glob("part[0-9][0-9]_*.py"))
        if not stubs:
            raise SystemExit("exercises/ has no partNN_*.py stubs: cannot build la4ml")
        for stub in stubs:
            (target / stub.name).write_bytes(stub.read_bytes())


setup(cmdclass={"build_py": BuildWithStubs})
