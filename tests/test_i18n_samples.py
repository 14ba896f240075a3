"""The sample screenshots offered by the window, and the English translation machinery."""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from yunbei_gui.core.analysis import analyze
from yunbei_gui.core.case_builder import case_from_reports
from yunbei_gui.core.case_store import CaseStore
from yunbei_gui.core.models import Cause, Kind, SensitiveType
from yunbei_gui.resources import resource_path
from yunbei_gui.ui import i18n
from yunbei_gui.ui.i18n import choose_language, install_translators, remove_translators

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = resource_path("samples")
SAMPLE_FILES = ["1-failure.png", "2-balance.png", "3-records.png", "4-account.png", "5-network.png"]
TS = resource_path("i18n", "yunbei_en.ts")
QM = resource_path("i18n", "yunbei_en.qm")


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_script_{name}", ROOT / "scripts" / name)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# --- samples --------------------------------------------------------------------------


def test_samples_are_small_phone_screenshots() -> None:
    assert sorted(p.name for p in SAMPLES.glob("*.png")) == SAMPLE_FILES
    for name in SAMPLE_FILES:
        path = SAMPLES / name
        assert path.stat().st_size < 250_000, name
        with Image.open(path) as image:
            assert image.width == 1080 and image.height > 2000, name
    readme = (SAMPLES / "README.md").read_text("utf-8")
    assert "synthetic" in readme and "make_samples.py" in readme


def test_engine_reads_the_samples_into_a_useful_case(engine: Any, tmp_path: Path) -> None:
    paths = [SAMPLES / name for name in SAMPLE_FILES]
    reports = analyze(paths, engine)
    assert all(r.reading is not None for r in reports), [r.error for r in reports]
    readings = [r.reading for r in reports if r.reading is not None]
    assert [r.kind for r in readings] == [
        Kind.FAILURE,
        Kind.BALANCE,
        Kind.RECORDS,
        Kind.ACCOUNT,
        Kind.NETWORK,
    ]
    failure, balance, records, account, network = readings
    assert failure.fields.cause == Cause.SYSTEM
    assert failure.fields.error_message and "服务器繁忙" in failure.fields.error_message
    assert (failure.fields.product, failure.fields.cost) == ("黑胶VIP年卡", 2980)
    assert balance.fields.balance == 1268
    assert any(d.amount == -2980 and "黑胶VIP年卡" in d.label for d in records.fields.deductions), (
        records.fields.deductions
    )
    found = {s.type for s in account.sensitive}
    assert {SensitiveType.PHONE, SensitiveType.ID_CARD, SensitiveType.USER_ID} <= found
    assert SensitiveType.IP in {s.type for s in network.sensitive}

    # what the user sees after "try with sample screenshots": the facts are filled in
    case, _ = case_from_reports(reports, CaseStore(tmp_path / "cases"))
    assert case.facts.item == "黑胶VIP年卡"
    assert case.facts.yunbei_deducted == 2980
    assert case.facts.balance_after == 1268
    assert case.facts.error_message and "服务器繁忙" in case.facts.error_message


# --- choosing the language ------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("auto", "en_US", "en"),
        ("auto", "en_GB", "en"),
        (None, "en", "en"),
        ("auto", "zh_CN", "zh_CN"),
        ("auto", "zh_TW", "zh_CN"),
        ("auto", "de_DE", "zh_CN"),  # the users are Chinese: only English switches
        ("auto", "C", "zh_CN"),
        ("", "en_US", "en"),
        ("zh_CN", "en_US", "zh_CN"),
        ("en", "zh_CN", "en"),
        ("fr", "zh_CN", "zh_CN"),  # an unknown stored value behaves like "auto"
    ],
)
def test_choose_language(setting: str | None, system: str, expected: str) -> None:
    assert choose_language(setting, system) == expected
    assert expected in i18n.LANGUAGES


# --- translators in the running application -------------------------------------------


@pytest.fixture
def translators(qapp: Any) -> Iterator[list[list[QTranslator]]]:
    """Collects installed translators and removes them (and the locale) afterwards."""
    locale = QLocale()
    installed: list[list[QTranslator]] = []
    yield installed
    for group in installed:
        remove_translators(qapp, group)
    QLocale.setDefault(locale)


def test_english_translator_translates_the_window(qapp: Any, translators: list[Any]) -> None:
    from yunbei_gui.ui.names import tr_name
    from yunbei_gui.ui.widgets import CopyButton

    translators.append(install_translators(qapp, "en"))
    assert any(t.filePath().endswith("yunbei_en.qm") for t in translators[0])
    assert QCoreApplication.translate("MainWindow", "撤销") == "Undo"
    assert QCoreApplication.translate("EvidencePage", "用示例截图试一试") == (
        "Try with sample screenshots"
    )
    assert tr_name("手机号") == "Phone number"
    # the module-level widgets.tr() helper uses the "yunbei" context
    button = CopyButton("text")
    assert button.text() == "Copy"
    assert QLocale().language() == QLocale.Language.English

    remove_translators(qapp, translators.pop())
    assert QCoreApplication.translate("MainWindow", "撤销") == "撤销"


def test_chinese_gets_qt_standard_buttons_in_chinese(qapp: Any, translators: list[Any]) -> None:
    if not (i18n.qt_translations_dir() / "qtbase_zh_CN.qm").is_file():
        pytest.skip("this Qt build ships no qtbase_zh_CN.qm")
    translators.append(install_translators(qapp, "zh_CN"))
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    assert {b.text() for b in box.buttons()} == {"确定", "取消"}
    assert QCoreApplication.translate("MainWindow", "撤销") == "撤销"


def test_missing_english_file_keeps_chinese(
    qapp: Any,
    translators: list[Any],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with caplog.at_level(logging.WARNING, logger="yunbei_gui.ui.i18n"):
        installed = install_translators(qapp, "en")
    translators.append(installed)
    assert not any(t.filePath().endswith("yunbei_en.qm") for t in installed)
    assert "yunbei_en.qm" in caplog.text
    assert QCoreApplication.translate("MainWindow", "撤销") == "撤销"


# --- the translation files ------------------------------------------------------------


def test_compiled_qm_matches_the_ts() -> None:
    """Every finished translation of the .ts is in the .qm: nobody forgot `release`."""
    entries = _script("i18n.py").entries(TS)
    finished = [e for e in entries if e.finished]
    assert len(finished) > 100
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = [
        e.source
        for e in finished
        if translator.translate(e.context, e.source, e.comment or None) != e.translation
    ]
    assert not stale, f"run scripts/i18n.py release; out of date: {stale[:5]}"


def test_translations_keep_their_placeholders() -> None:
    import re

    field = re.compile(r"\{[a-z_]*\}")
    for e in _script("i18n.py").entries(TS):
        if e.finished:
            assert sorted(field.findall(e.source)) == sorted(field.findall(e.translation)), e.source


def test_todo_and_fill_round_trip(tmp_path: Path) -> None:
    tool = _script("i18n.py")
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="en" sourcelanguage="zh_CN">\n'
        "<context><name>Page</name>"
        "<message><source>打开</source><translation>Open</translation></message>"
        '<message><source>关闭</source><translation type="unfinished"></translation></message>'
        "</context></TS>\n",
        "utf-8",
    )
    assert [e.source for e in tool.unfinished(ts)] == ["关闭"]
    todo = tmp_path / "todo.json"
    assert tool.write_todo(todo, ts) == 1
    items = json.loads(todo.read_text("utf-8"))
    items[0]["translation"] = "Close"
    written, missing = tool.fill(
        [*items, {"context": "Page", "source": "旧", "translation": "x"}], ts
    )
    assert (written, missing) == (1, ["旧"])
    assert tool.unfinished(ts) == []
    assert {e.source: e.translation for e in tool.entries(ts)} == {"打开": "Open", "关闭": "Close"}


def test_every_core_display_name_is_offered_for_translation() -> None:
    """ui/names.py lists the core's names so lupdate finds them; it must not fall behind."""
    from yunbei_gui.core import names as core_names
    from yunbei_gui.ui.names import NAMES

    tables = [
        core_names.KIND_NAMES,
        core_names.CAUSE_NAMES,
        core_names.TYPE_NAMES,
        core_names.CHANNEL_NAMES,
        core_names.TIME_SOURCE_NAMES,
        core_names.CHECK_STATE_NAMES,
        core_names.RESOLUTION_NAMES,
        core_names.FACT_NAMES,
    ]
    missing = {v for table in tables for v in table.values()} - set(NAMES)
    assert not missing


def test_every_interface_text_has_its_english_translation() -> None:
    """A text added to the window without running scripts/i18n.py would show Chinese in English."""
    import xml.etree.ElementTree as ET

    from yunbei_gui.resources import resource_path

    root = ET.parse(resource_path("i18n", "yunbei_en.ts")).getroot()
    untranslated = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation") is not None
        and (m.find("translation").get("type") == "unfinished" or not m.findtext("translation"))
    ]
    assert not untranslated
