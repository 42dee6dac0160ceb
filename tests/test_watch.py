"""`la4ml watch` in a real terminal (tmux): it regrades on save and answers its keys.

The test starts the command in a detached tmux session, edits the workspace as
a student would, and reads the screen with ``capture-pane``. Without tmux it is
skipped with the command that installs it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from .conftest import SOLUTIONS

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is missing: apt-get install -y tmux")
LA4ML = str(Path(sys.executable).parent / "la4ml")


class Terminal:
    """A tmux session of its own (its own server socket), read and typed into."""

    def __init__(self, command: str, cwd: Path):
        self.socket = f"la4ml-test-{uuid.uuid4().hex[:8]}"
        self.tmux = [TMUX, "-L", self.socket]
        subprocess.run(
            [
                *self.tmux,
                "new-session",
                "-d",
                "-x",
                "120",
                "-y",
                "50",
                "-c",
                str(cwd),
                f"{command}; sleep 60",
            ],
            check=True,
        )

    def screen(self) -> str:
        return subprocess.run(
            [*self.tmux, "capture-pane", "-p"], capture_output=True, text=True, check=True
        ).stdout

    def wait_for(self, text: str, seconds: float = 60) -> str:
        deadline = time.monotonic() + seconds
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never appeared; the screen shows:\n{screen}")
            time.sleep(0.2)

    def keys(self, *keys: str) -> None:
        subprocess.run([*self.tmux, "send-keys", *keys], check=True)

    def close(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], capture_output=True)


@pytest.fixture
def terminal_in(tmp_path):
    opened = []

    def start(workspace: Path, arguments: str = "") -> Terminal:
        terminal = Terminal(f"{LA4ML} watch {arguments} --no-color", workspace)
        opened.append(terminal)
        return terminal

    yield start
    for terminal in opened:
        terminal.close()


def workspace(tmp_path) -> Path:
    completed = subprocess.run(
        [LA4ML, "init", str(tmp_path / "ws")], capture_output=True, text=True
    )
    assert completed.returncode == 0, completed.stderr
    return tmp_path / "ws"


def test_watch_regrades_on_save_and_moves_on_when_a_part_is_complete(tmp_path, terminal_in):
    ws = workspace(tmp_path)
    terminal = terminal_in(ws, "1")
    screen = terminal.wait_for("· standard_basis")
    assert "Part 1 · Vectors, Scalars, and Spaces   not started  0/14" in screen
    assert "0/318 points, 0 of 20 parts complete" in screen
    shutil.copy(SOLUTIONS / "part01_vectors.py", ws / "part01_vectors.py")
    screen = terminal.wait_for("Part 2 · Matrices as Data & Transformations   not started")
    assert "Part 1 is complete. On to part 2." in screen
    assert "14/318 points, 1 of 20 parts complete" in screen
    broken = (SOLUTIONS / "part02_matrices.py").read_text() + "\ndef broken(:\n"
    (ws / "part02_matrices.py").write_text(broken)
    screen = terminal.wait_for("SyntaxError")
    assert "none of the 6 functions can be checked" in screen


def test_watch_answers_its_keys(tmp_path, terminal_in):
    ws = workspace(tmp_path)
    terminal = terminal_in(ws)
    terminal.wait_for("h hint   l list")
    terminal.keys("h")
    screen = terminal.wait_for("Hint 1 of 2 for as_vector")
    terminal.keys("n")
    terminal.wait_for("Part 2 · Matrices as Data")
    terminal.keys("p")
    terminal.wait_for("Part 1 · Vectors")
    terminal.keys("l")
    screen = terminal.wait_for("Random Projections and Fast Transforms")
    assert " >  1  Vectors, Scalars, and Spaces" in screen
    terminal.keys("q")
    terminal.wait_for("Stopped watching.")


def test_the_last_part_completed_shows_the_course_is_complete(tmp_path, terminal_in):
    ws = workspace(tmp_path)
    for module in sorted(SOLUTIONS.glob("part*.py"))[1:]:
        shutil.copy(module, ws / module.name)
    subprocess.run([LA4ML, "grade", "-w", str(ws)], capture_output=True, check=True)
    terminal = terminal_in(ws, "1")
    terminal.wait_for("0/14")
    shutil.copy(SOLUTIONS / "part01_vectors.py", ws / "part01_vectors.py")
    screen = terminal.wait_for("Course complete: every part passes.")
    assert "318/318 points, 20 of 20 parts complete" in screen
