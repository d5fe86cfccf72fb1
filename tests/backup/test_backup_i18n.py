"""Every Backups UI string has a Chinese translation (the .ts is refreshed by lupdate)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).parents[2] / "resources" / "i18n" / "backup_zh_CN.ts"


def test_every_backup_string_is_translated() -> None:
    root = ET.parse(TS).getroot()
    contexts = {c.findtext("name") for c in root.iter("context")}
    assert {"BackupsPage", "BackupsController", "backups"} <= contexts
    for msg in root.iter("message"):
        tr = msg.find("translation")
        assert tr is not None and tr.text and tr.get("type") != "unfinished", msg.findtext("source")
