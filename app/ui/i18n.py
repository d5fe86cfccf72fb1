"""UI language: Qt translation files, Chinese by default on a Chinese system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.resources import translations_dir

_installed: list[QTranslator] = []


def resolve_language(setting: str) -> str:
    if setting in ("zh_CN", "en"):
        return setting
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translators(app: QCoreApplication, setting: str) -> str:
    """Load every area's .qm for the language (one file per area); return the language used."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    language = resolve_language(setting)
    if language == "en":
        return language
    folder = translations_dir()
    for qm in sorted(folder.glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
    qt_translator = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    return language
