"""The interview area's Chinese translation compiled for the language-switch test.

Refresh after changing UI strings:
    .venv/bin/python tools/i18n.py update interview
    .venv/bin/python tools/i18n.py fill interview tools/interview_zh_CN.json
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "interview_zh_CN.ts"


def tool(name: str) -> str:
    """The Qt tool shipped inside the PySide6 package (the pyside6-* wrappers need not work)."""
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def build_qm(ts: Path = TS) -> Path:
    out = Path(tempfile.mkdtemp(prefix="hrdesk-i18n-")) / ts.with_suffix(".qm").name
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(out)], check=True, capture_output=True)
    return out
