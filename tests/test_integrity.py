"""The recorded hashes of the hidden suites are current, and a change is refused."""

from __future__ import annotations

import pytest

from grader import integrity


def test_sha256sums_is_current():
    recorded = integrity.SUMS.read_text(encoding="utf-8")
    assert recorded == integrity.render_sums(), (
        "grader/suites/SHA256SUMS is out of date: run python -m grader.integrity --write"
    )


def test_the_installation_verifies():
    contents = integrity.verify_installation()
    assert "course.yaml" in contents
    assert sum(name.startswith("suites/test_part") for name in contents) == 20


def test_a_changed_or_unrecorded_file_is_refused(tmp_path, monkeypatch):
    package = tmp_path / "grader"
    (package / "suites").mkdir(parents=True)
    for name in ("course.yaml", "pytest.ini", "suites/test_part01_x.py", "suites/INVENTORY.json"):
        (package / name).write_text(f"# {name}\n")
    monkeypatch.setattr(integrity, "PACKAGE", package)
    monkeypatch.setattr(integrity, "SUMS", package / "suites" / "SHA256SUMS")
    integrity.SUMS.write_text(integrity.render_sums())
    integrity.verify_installation()
    (package / "suites" / "test_part01_x.py").write_text("def test_free():\n    pass\n")
    with pytest.raises(integrity.IntegrityError, match=r"test_part01_x\.py is not the file"):
        integrity.verify_installation()
    integrity.SUMS.write_text(integrity.render_sums())
    (package / "suites" / "INVENTORY.json").write_text("{}")
    with pytest.raises(integrity.IntegrityError, match=r"INVENTORY\.json is not the file"):
        integrity.verify_installation()
    integrity.SUMS.write_text(integrity.render_sums())
    (package / "suites" / "test_part02_y.py").write_text("")
    with pytest.raises(integrity.IntegrityError, match="is not recorded"):
        integrity.verify_installation()
    integrity.SUMS.write_text("not a sums file\n")
    with pytest.raises(integrity.IntegrityError, match="line 1"):
        integrity.verify_installation()
