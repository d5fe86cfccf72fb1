"""Every area's Chinese translation file is complete and current with the code (no stale .ts)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402


def _sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "") for c in root.iter("context") for m in c.iter("message")}


@pytest.mark.parametrize("area", sorted(i18n.AREA_SOURCES))
def test_area_translation_is_complete_and_current(area: str, tmp_path: Path) -> None:
    ts = i18n.I18N / f"{area}_zh_CN.ts"
    assert ts.exists(), f"{ts.name} is missing: run `python tools/i18n.py update {area}`"
    assert i18n.untranslated(ts) == []
    fresh = tmp_path / "fresh.ts"
    subprocess.run([i18n.tool("pyside6-lupdate"), *i18n.sources(area), "-ts", str(fresh)],
                   cwd=ROOT, check=True, capture_output=True)
    missing = _sources(fresh) - _sources(ts)
    assert not missing, f"strings in the code but not in {ts.name}: {sorted(missing)[:5]}"
