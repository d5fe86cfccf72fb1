"""The clerk's Chinese: every capture/speech string is translated and reaches the screen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from app.capture.camera import STOPPED
from app.capture.messages import camera_problem, speech_model_problem
from app.speech.model_location import NO_MODEL

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "capture_zh_CN.ts"


def test_every_string_is_translated_and_used(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and 'type="vanished"' not in text
    qm = tmp_path / "capture_zh_CN.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert "摄像头" in camera_problem(STOPPED, "0")
        assert "未安装语音模型" in speech_model_problem(NO_MODEL)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "The camera" in camera_problem(STOPPED, "0")
