"""Qt translations, one .ts file per area so parallel work does not collide.

    python tools/i18n.py update [AREA ...] # refresh .ts files from the Python sources
    python tools/i18n.py fill AREA FILE    # write translations from a JSON {"source": "译文"}
    python tools/i18n.py release           # build the .qm files the app loads
    python tools/i18n.py check             # list untranslated strings; exit 1 when any
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ["zh_CN"]
AREA_SOURCES: dict[str, list[str]] = {
    "shell": ["app/ui/*.py", "app/ui/catalog/*.py"],
    "interview": ["app/ui/interview/**/*.py"],
    "scoring": ["app/ui/review/**/*.py"],
    "capture": ["app/ui/capture/**/*.py", "app/capture/*.py"],
    "backup": ["app/ui/backups/**/*.py"],
    "salary": ["app/ui/salary/**/*.py"],
}


def tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def sources(area: str) -> list[str]:
    files: list[str] = []
    for pattern in AREA_SOURCES[area]:
        files += [str(p.relative_to(ROOT)) for p in sorted(ROOT.glob(pattern)) if p.name != "__init__.py"]
    return files


def update(areas: list[str] | None = None) -> None:
    """Refresh the named areas' .ts files (every area when none is named)."""
    for area in areas or list(AREA_SOURCES):
        files = sources(area)
        if not files:
            continue
        for lang in LANGUAGES:
            ts = I18N / f"{area}_{lang}.ts"
            subprocess.run(
                [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", "-target-language", lang, "-ts", str(ts)],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            print(f"{ts.relative_to(ROOT)}: {len(files)} source files")


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def fill(area: str, table_file: str, lang: str = "zh_CN") -> None:
    ts = I18N / f"{area}_{lang}.ts"
    table: dict[str, str] = json.loads(Path(table_file).read_text(encoding="utf-8"))
    tree = ET.parse(ts)
    filled = 0
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        if translation is None:
            translation = ET.SubElement(msg, "translation")
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts.name}: {filled} translations written")


def untranslated(ts: Path) -> list[str]:
    out = []
    for msg in messages(ts):
        translation = msg.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            out.append(msg.findtext("source") or "")
    return out


def release() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)
    print(f"built {len(list(I18N.glob('*.qm')))} .qm files")


def check() -> int:
    missing = 0
    for ts in sorted(I18N.glob("*.ts")):
        for source in untranslated(ts):
            print(f"{ts.name}: untranslated: {source!r}")
            missing += 1
    return 1 if missing else 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command = argv[0]
    if command == "update":
        update(argv[1:] or None)
    elif command == "fill":
        fill(argv[1], argv[2])
    elif command == "release":
        release()
    elif command == "check":
        return check()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
