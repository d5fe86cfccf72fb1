import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "i18n" / "scoring_zh_CN.ts"


def test_every_review_string_has_a_chinese_translation(tmp_path: Path) -> None:
    # Re-extract from the sources, so that a new UI string without a translation fails here.
    fresh = tmp_path / "scoring_zh_CN.ts"
    fresh.write_bytes(TS.read_bytes())
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for d in ("review", "screening") for p in (REPO / "app" / "ui" / d).glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    untranslated = []
    for message in ET.parse(fresh).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished",) or not (translation.text or "").strip():
            untranslated.append(message.findtext("source"))
    assert untranslated == []
