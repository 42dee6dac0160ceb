"""The version of la4ml that is running."""

from __future__ import annotations

from importlib import metadata


def grader_version() -> str:
    """The installed version, or a note when running from a checkout that is not installed."""
    try:
        return metadata.version("la4ml")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"
