"""The course site: fetch its math renderer, build it and serve it, offline afterwards.

KaTeX is not committed to the repository. :func:`ensure_katex` takes it once
from the npm registry (``npm pack``), checks the tarball against the pinned
integrity hash and unpacks only its ``dist`` files into ``docs/assets/katex``,
where MkDocs copies them into the built site. From then on the site needs no
network: fonts, scripts and styles are all served from localhost.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

KATEX_VERSION = "0.19.1"
KATEX_INTEGRITY = (
    "sha512-jG8uKntjSEcm2EpQOh0XturpPuuC9r3Sq5HLHdsFdWZT27E672SF19Q"
    "Ei+of0/YeOy15lDgRhKvr5614uRrEfA=="
)
KATEX_FILES = ("katex.min.js", "katex.min.css", "contrib/auto-render.min.js")
ASSETS = Path("docs") / "assets" / "katex"


class SiteError(RuntimeError):
    """The site cannot be prepared; the message says what to install or fix."""


def _integrity(path: Path) -> str:
    digest = hashlib.sha512(path.read_bytes()).digest()
    return "sha512-" + base64.b64encode(digest).decode("ascii")


def _wanted(name: str) -> str | None:
    """The path under the assets folder for a tarball member we keep, else None."""
    parts = PurePosixPath(name).parts
    if len(parts) < 3 or parts[:2] != ("package", "dist") or ".." in parts:
        return None
    relative = "/".join(parts[2:])
    if relative in KATEX_FILES or (parts[2] == "fonts" and len(parts) == 4):
        return relative
    return None


def ensure_katex(root: Path) -> Path:
    """KaTeX's files under ``root/docs/assets/katex``, fetched and verified if not there yet."""
    target = root / ASSETS
    stamp = target / "VERSION"
    if stamp.is_file() and stamp.read_text().strip() == KATEX_VERSION:
        return target
    npm = shutil.which("npm")
    if npm is None:
        raise SiteError(
            "npm is needed once to fetch KaTeX (the site's math renderer) from the npm "
            "registry: install Node.js and npm, then run this again"
        )
    with tempfile.TemporaryDirectory() as scratch:
        completed = subprocess.run(
            [npm, "pack", f"katex@{KATEX_VERSION}", "--silent", "--pack-destination", scratch],
            capture_output=True,
            text=True,
            check=False,
        )
        tarballs = list(Path(scratch).glob("katex-*.tgz"))
        if completed.returncode != 0 or len(tarballs) != 1:
            raise SiteError(f"npm pack katex@{KATEX_VERSION} failed: {completed.stderr.strip()}")
        if _integrity(tarballs[0]) != KATEX_INTEGRITY:
            raise SiteError(f"katex-{KATEX_VERSION}.tgz does not match its pinned integrity hash")
        shutil.rmtree(target, ignore_errors=True)
        with tarfile.open(tarballs[0]) as archive:
            for member in archive.getmembers():
                relative = _wanted(member.name)
                if relative is None or not member.isfile():
                    continue
                destination = target / relative
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(archive.extractfile(member).read())
    missing = [name for name in KATEX_FILES if not (target / name).is_file()]
    if missing or not any((target / "fonts").glob("*.woff2")):
        raise SiteError(f"the KaTeX package lacks {', '.join(missing) or 'its fonts'}")
    stamp.write_text(KATEX_VERSION + "\n")
    return target


def mkdocs(root: Path, *arguments: str) -> int:
    """Run MkDocs on the course site (after making sure KaTeX is in place)."""
    ensure_katex(root)
    try:
        import mkdocs  # noqa: F401
    except ImportError:
        raise SiteError("MkDocs is not installed: pip install '.[docs]'") from None
    return subprocess.call([sys.executable, "-m", "mkdocs", *arguments], cwd=root)
