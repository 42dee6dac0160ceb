"""Where a student's modules are: the workspace, found like git finds ``.git``.

A workspace is a folder with a marker file, ``.la4ml-workspace``, written by
``la4ml init`` (a checkout's ``exercises/`` carries one too). Commands that
need a workspace take ``--workspace DIR``; without it they look in the current
folder and then in each folder above it, for the marker or for an
``exercises/`` folder holding one (the root of a checkout or of a student
release).
"""

from __future__ import annotations

from pathlib import Path

MARKER = ".la4ml-workspace"
MARKER_TEXT = (
    "This folder is a la4ml workspace: la4ml grade, list and hint find it from here\n"
    "and from any folder below. Keep this file; delete it to stop that.\n"
)
HOW_TO_CREATE = "create one with `la4ml init DIR` and work in DIR, or pass --workspace DIR"


class WorkspaceError(ValueError):
    """No workspace can be used; the message says how to get one."""


def is_workspace(directory: Path) -> bool:
    """Whether ``directory`` holds the workspace marker."""
    return (directory / MARKER).is_file()


def find_workspace(start: Path) -> Path | None:
    """The workspace at or above ``start``, or None when there is none."""
    start = Path(start).absolute()
    for directory in (start, *start.parents):
        if is_workspace(directory):
            return directory
        if is_workspace(directory / "exercises"):
            return directory / "exercises"
    return None


def resolve_workspace(option: Path | None, cwd: Path | None = None) -> Path:
    """The workspace to use: ``option`` if given (it must be a folder), else the one found.

    Raises WorkspaceError with one line that says what is wrong and how to fix it.
    """
    if option is not None:
        if not Path(option).is_dir():
            raise WorkspaceError(f"workspace {option} is not a directory (use --workspace DIR)")
        return Path(option)
    here = Path.cwd() if cwd is None else Path(cwd)
    found = find_workspace(here)
    if found is None:
        raise WorkspaceError(
            f"no la4ml workspace in {here} or any folder above it: {HOW_TO_CREATE}"
        )
    return _relative(found, here)


def _relative(path: Path, base: Path) -> Path:
    """``path`` relative to ``base`` when it is below it (shorter in messages), else absolute."""
    try:
        relative = path.relative_to(base.absolute())
    except ValueError:
        return path
    return relative if relative.parts else Path(".")
