"""The manifest of one backup: what made it, when, from which engine, and every file in it.

The manifest carries its own sha256 over a canonical form of its body, so a flipped byte in the
manifest itself is reported as such instead of being trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

MANIFEST_NAME = "manifest.json"
FORMAT = 1


class ManifestError(Exception):
    pass


@dataclass
class FileEntry:
    path: str  # relative, "/"-separated, inside the backup folder
    kind: str  # "database" | "export" | "media" | "deletions"
    size: int  # stored bytes
    sha256: str  # of the stored bytes (what verify checks first)
    plain_size: int
    plain_sha256: str
    compressed: bool = False
    encrypted: bool = False
    source: str = ""  # media: path relative to the media folder; export: table name
    source_mtime_ns: int = 0  # media: lets the next run skip re-hashing an unchanged file
    linked: bool = False  # media: hard link to the same content in an earlier backup


@dataclass
class Manifest:
    app_version: str
    schema_revision: str
    engine: str
    created_at: str  # ISO 8601 UTC
    host: str = ""
    finished_at: str = ""
    verified_at: str = ""
    files: list[FileEntry] = field(default_factory=list)
    encryption: dict[str, str] = field(default_factory=dict)  # {"scheme", "salt"} when encrypted
    tables: dict[str, int] = field(default_factory=dict)  # row count per exported table
    notes: dict[str, Any] = field(default_factory=dict)
    format: int = FORMAT

    def body(self) -> dict[str, Any]:
        return asdict(self)

    def to_bytes(self) -> bytes:
        body = self.body()
        doc = {"manifest": body, "sha256": _digest(body)}
        return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")

    def write(self, folder: Path) -> Path:
        """Write atomically (temp name, fsync, rename) into `folder`."""
        path = folder / MANIFEST_NAME
        tmp = folder / (MANIFEST_NAME + ".tmp")
        with open(tmp, "wb") as f:
            f.write(self.to_bytes())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        return path

    def by_kind(self, kind: str) -> list[FileEntry]:
        return [f for f in self.files if f.kind == kind]


def _digest(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


MAX_MANIFEST_BYTES = 256 << 20


def read_manifest(folder: Path) -> Manifest:
    path = folder / MANIFEST_NAME
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            raise ManifestError("the manifest is implausibly large")
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise ManifestError("the manifest is missing") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ManifestError(f"the manifest is not readable ({e})") from None
    if not isinstance(doc, dict) or "manifest" not in doc or "sha256" not in doc:
        raise ManifestError("the manifest has an unknown layout")
    body = doc["manifest"]
    if not isinstance(body, dict) or _digest(body) != doc["sha256"]:
        raise ManifestError("the manifest does not match its own checksum")
    try:
        files = [FileEntry(**f) for f in body.pop("files")]
        manifest = Manifest(files=files, **body)
    except (TypeError, KeyError) as e:
        raise ManifestError(f"the manifest has unknown fields ({e})") from None
    if manifest.format > FORMAT:
        raise ManifestError(f"the manifest format {manifest.format} is newer than this HR Desk")
    return manifest
