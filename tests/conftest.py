"""Shared fixtures: one real OCR engine per test session, with its own cache folder."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from yunbei_gui.core.ocr import OcrEngine


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OcrEngine]:
    """The real tesseract, never the user's cache."""
    yield OcrEngine(cache_dir=tmp_path_factory.mktemp("ocr-cache"))


@pytest.fixture(autouse=True)
def _no_user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests must not read or fill the real user cache folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
