"""Every salary screen string has a Chinese translation, and the .ts file is not stale."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "salary_zh_CN.ts"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    assert Path(found).exists(), name
    return found


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", m.findtext("source") or "")
            for ctx in root.iter("context") for m in ctx.iter("message")}


def test_every_string_is_translated_and_the_file_is_current(tmp_path: Path) -> None:
    root = ET.parse(TS).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation") is None or m.find("translation").get("type")  # type: ignore[union-attr]
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "app" / "ui" / "salary").glob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *files, "-ts", str(fresh)], check=True,
                   capture_output=True)
    assert sources(fresh) == sources(TS)


def test_chinese_is_loaded_at_run_time(qapp: QApplication, tmp_path: Path) -> None:
    qm = tmp_path / "salary_zh_CN.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("salary", "Referral") == "内部推荐"
        assert QCoreApplication.translate("OfferDialog", "below market") == "低于市场"
    finally:
        QCoreApplication.removeTranslator(translator)
