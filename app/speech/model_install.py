"""Install a Vosk speech model from a folder or a .zip, checked before it is used.

A usable model has ``am/``, ``graph/`` (or the older ``HCLG.fst`` layout) and ``conf/`` with
``mfcc.conf``; its sample rate is read from ``--sample-frequency`` there (Kaldi's default 16000).
Zip files are extracted safely: no absolute paths, no ``..``, no links, size-capped.
"""

from __future__ import annotations

import re
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from app.errors import UserFacingError

MAX_UNPACKED_BYTES = 8 * 1024**3


class SpeechModelError(UserFacingError):
    """``code`` + ``details`` let the UI show the message in the clerk's language."""

    def __init__(self, code: str, what: str, next_step: str, **details: str) -> None:
        super().__init__(what, next_step)
        self.code = code
        self.details = details


@dataclass(frozen=True)
class SpeechModelInfo:
    path: Path
    name: str
    sample_rate: int


def _model_root(folder: Path) -> Path:
    """The folder itself, or its single sub-folder (zips usually wrap the model in one)."""
    if (folder / "conf").is_dir():
        return folder
    subdirs = [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(("__", "."))]
    if len(subdirs) == 1 and (subdirs[0] / "conf").is_dir():
        return subdirs[0]
    return folder


def check_model(folder: Path) -> SpeechModelInfo:
    folder = Path(folder)
    if not folder.is_dir():
        raise SpeechModelError("folder_missing", f"The speech model folder {folder} does not exist.",
                               "Choose the folder you unpacked the model into, or its .zip file.",
                               folder=str(folder))
    root = _model_root(folder)
    missing = [name for name in ("am", "conf") if not (root / name).is_dir()]
    if not (root / "graph").is_dir() and not (root / "HCLG.fst").is_file():
        missing.append("graph")
    mfcc = root / "conf" / "mfcc.conf"
    if not missing and not mfcc.is_file():
        missing.append("conf/mfcc.conf")
    if missing:
        raise SpeechModelError(
            "not_a_model", f"{folder.name} is not a Vosk speech model (missing: {', '.join(missing)}).",
            "Download a model from the Vosk model list (see docs/SPEECH_MODELS.md) and choose its "
            ".zip or unpacked folder.", name=folder.name, missing=", ".join(missing))
    rate = 16000
    match = re.search(r"--sample-frequency\s*=\s*(\d+)", mfcc.read_text(encoding="utf-8", errors="replace"))
    if match:
        rate = int(match.group(1))
    if rate not in (8000, 16000):
        raise SpeechModelError("bad_rate", f"The speech model {root.name} expects {rate} Hz audio.",
                               "Choose a 16 kHz (or 8 kHz) model.", name=root.name, rate=str(rate))
    return SpeechModelInfo(root, root.name, rate)


def _safe_members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    total = 0
    for info in archive.infolist():
        name = PurePosixPath(info.filename.replace("\\", "/"))
        mode = info.external_attr >> 16
        if name.is_absolute() or ".." in name.parts or re.match(r"^[A-Za-z]:", info.filename) \
                or stat.S_ISLNK(mode):
            raise SpeechModelError(
                "unsafe_zip", f"The file {info.filename!r} inside the archive points outside the model folder.",
                "The archive is not a genuine model; download it again from the Vosk model list.",
                member=info.filename)
        total += info.file_size
    if total > MAX_UNPACKED_BYTES:
        raise SpeechModelError("too_big", "The archive unpacks to more than 8 GB.",
                               "Choose a Vosk speech model archive.")
    return archive.infolist()


def install_model(source: Path, models_dir: Path) -> SpeechModelInfo:
    """Copy or unpack ``source`` into ``models_dir/speech/<name>`` and return the checked model.

    Nothing lands in ``models_dir`` unless the model passed the checks.
    """
    source = Path(source)
    target_parent = models_dir / "speech"
    target_parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target_parent, prefix=".installing-") as tmp:
        staging = Path(tmp) / "unpacked"
        if source.is_file() and zipfile.is_zipfile(source):
            with zipfile.ZipFile(source) as archive:
                archive.extractall(staging, members=_safe_members(archive))
            name = source.stem
        elif source.is_dir():
            check_model(source)
            shutil.copytree(source, staging)
            name = source.name
        else:
            raise SpeechModelError("not_zip", f"{source.name} is neither a folder nor a .zip file.",
                                   "Choose the model's .zip file or its unpacked folder.", name=source.name)
        info = check_model(staging)
        final = target_parent / (info.name if info.path != staging else name)
        if final.exists():
            shutil.rmtree(final)
        shutil.move(str(info.path), final)
    return check_model(final)
