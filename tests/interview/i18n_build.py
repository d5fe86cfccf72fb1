"""The interview area's Chinese translation: filled from a JSON table, compiled for the tests.

Refresh after changing UI strings:
    .venv/bin/pyside6-lupdate app/ui/interview/*.py -ts resources/i18n/interview_zh_CN.ts
    .venv/bin/python -m tests.interview.i18n_build   # fills from tools/interview_zh_CN.json
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "interview_zh_CN.ts"
TABLE = ROOT / "tools" / "interview_zh_CN.json"


def fill(ts: Path = TS, table_file: Path = TABLE) -> list[str]:
    table = json.loads(table_file.read_text(encoding="utf-8"))
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        elif translation.attrib.get("type") == "unfinished" or not translation.text:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def tool(name: str) -> str:
    """The Qt tool shipped inside the PySide6 package (the pyside6-* wrappers need not be on PATH)."""
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def build_qm(ts: Path = TS) -> Path:
    out = Path(tempfile.mkdtemp(prefix="hrdesk-i18n-")) / ts.with_suffix(".qm").name
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(out)], check=True, capture_output=True)
    return out


if __name__ == "__main__":
    for m in fill():
        print(f"untranslated: {m}")
