"""The window's language: Simplified Chinese source texts, English as the one translation.

The English texts live in ``resources/i18n/yunbei_en.ts`` (edited) and ``yunbei_en.qm``
(compiled, what is loaded here); ``scripts/i18n.py`` describes how to update both. Qt's own
translations (``qtbase_*.qm``, shipped with PySide6) translate the standard dialog buttons.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from yunbei_gui.resources import resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
AUTO = "auto"

# what this module installed last, so a second call replaces rather than stacks them
_installed: list[QTranslator] = []


def choose_language(setting: str | None, system_locale_name: str) -> str:
    """The UI language for a stored setting ("auto", a key of LANGUAGES, or None).

    "auto" follows the system, but only as far as English: the app is for Chinese users,
    so any other system language (or an unknown setting) gets Simplified Chinese.
    """
    if setting in LANGUAGES:
        return setting
    system = system_locale_name.strip().lower().replace("-", "_")
    if system == "en" or system.startswith("en_"):
        return "en"
    return SOURCE_LANGUAGE


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _load(app: QCoreApplication, path: Path) -> QTranslator | None:
    translator = QTranslator(app)  # parented to the app: lives as long as it does
    if path.is_file() and translator.load(str(path)):
        return translator
    translator.deleteLater()
    return None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language`; returns them (already parented to `app`).

    A missing or unreadable .qm file is logged and skipped: the window then stays in
    Chinese (the source language) and never fails to start because of a translation.
    """
    remove_translators(app, list(_installed))
    if language not in LANGUAGES:
        log.warning("unknown UI language %r; using Chinese", language)
        language = SOURCE_LANGUAGE
    qt_dir = qt_translations_dir()
    loaded: list[QTranslator] = []
    if language == "en":
        own = resource_path("i18n", "yunbei_en.qm")
        translator = _load(app, own)
        if translator is None:
            log.warning("translation file %s is missing or unreadable; using Chinese", own)
            language = SOURCE_LANGUAGE
        else:
            loaded.append(translator)
            qt_en = _load(app, qt_dir / "qtbase_en.qm")  # optional: Qt's texts are English
            if qt_en is not None:
                loaded.append(qt_en)
    if language == SOURCE_LANGUAGE:
        # the app's texts are Chinese already; Qt's own buttons (OK, Cancel...) are not
        qt_zh = qt_dir / f"qtbase_{SOURCE_LANGUAGE}.qm"
        translator = _load(app, qt_zh)
        if translator is None:
            log.warning("Qt translation file %s is missing or unreadable", qt_zh)
        else:
            loaded.append(translator)
    for translator in loaded:
        app.installTranslator(translator)
    # dates and numbers in the language of the texts around them
    QLocale.setDefault(
        QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        if language == "en"
        else QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    )
    _installed[:] = loaded
    return loaded


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo `install_translators` (tests; a future live language switch)."""
    for translator in translators:
        app.removeTranslator(translator)
        if translator in _installed:
            _installed.remove(translator)
