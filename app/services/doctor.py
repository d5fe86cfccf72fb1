"""`hrdesk doctor`: what IT checks after installing, as a table; non-zero exit on a failure."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.errors import UserFacingError
from app.extensions import optional_module
from app.resources import models_dir
from app.services.context import AppContext
from app.services.startup import ensure_writable
from app.storage import migrate

LOW_SPACE_WARN_MB = 2048
LOW_SPACE_FAIL_MB = 200
#: Areas add checks in their own module: `def checks(ctx: AppContext) -> list[Check]`.
DOCTOR_EXTENSIONS = ["app.scoring.doctor", "app.speech.doctor", "app.capture.doctor", "backup.doctor"]


class Status(StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "FAIL"


@dataclass
class Check:
    name: str
    status: Status
    detail: str
    next_step: str = ""


def _guard(name: str, fn: Callable[[], Check]) -> Check:
    try:
        return fn()
    except UserFacingError as exc:
        return Check(name, Status.FAIL, exc.what, exc.next_step)
    except Exception as exc:  # a check must never crash the doctor
        return Check(name, Status.FAIL, f"{type(exc).__name__}: {exc}", "Send this line to support.")


def check_config(ctx: AppContext) -> Check:
    if ctx.problems:
        return Check("settings", Status.FAIL, "; ".join(p.what for p in ctx.problems), ctx.problems[0].next_step)
    return Check("settings", Status.OK, str(ctx.paths.config_file))


def check_database(ctx: AppContext) -> Check:
    from sqlalchemy.exc import DBAPIError

    try:
        current = migrate.check_not_newer(ctx.db)
    except DBAPIError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        return Check(
            "database",
            Status.FAIL,
            f"{ctx.db.display_url} unreachable: {reason}",
            "Check the server, the network and the URL in Settings -> Database.",
        )
    head = migrate.head_revision()
    if current is None:
        return Check("database", Status.WARN, f"{ctx.db.display_url}: empty (no schema yet)", "Run `hrdesk db upgrade`.")
    if current != head:
        return Check(
            "database",
            Status.WARN,
            f"{ctx.db.display_url}: schema {current}, app needs {head}",
            "Run `hrdesk db upgrade` (a safety copy is made first).",
        )
    return Check("database", Status.OK, f"{ctx.db.display_url}: schema {current} (current)")


def check_folder(name: str, folder: Path) -> Check:
    ensure_writable(folder)
    return Check(name, Status.OK, f"{folder} writable")


def check_space(name: str, folder: Path) -> Check:
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free_mb = shutil.disk_usage(probe).free // (1024 * 1024)
    if free_mb < LOW_SPACE_FAIL_MB:
        return Check(name, Status.FAIL, f"{free_mb:,} MB free on {probe}", "Free disk space before interviewing.")
    if free_mb < LOW_SPACE_WARN_MB:
        return Check(name, Status.WARN, f"{free_mb:,} MB free on {probe}", "Plan to free space: a video interview needs ~200 MB.")
    return Check(name, Status.OK, f"{free_mb:,} MB free on {probe}")


def check_models() -> Check:
    folder = models_dir()
    encoder = folder / "sentence_encoder" / "use_multilingual_quantized.onnx"
    if not encoder.exists():
        return Check(
            "AI models",
            Status.FAIL,
            f"sentence encoder missing: {encoder}",
            "Run `make models` (or reinstall HR Desk); interviews still work unscored.",
        )
    return Check("AI models", Status.OK, f"{encoder.name} present")


def check_camera(ctx: AppContext) -> Check:
    source = ctx.settings.capture.camera
    os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")
    try:
        import cv2
    except ImportError as exc:
        return Check("camera", Status.WARN, f"OpenCV unavailable ({exc})", "Reinstall HR Desk.")
    cap = cv2.VideoCapture(int(source) if source.isdigit() else source)
    try:
        ok = cap.isOpened()
    finally:
        cap.release()
    if ok:
        return Check("camera", Status.OK, f"source {source} opens")
    return Check(
        "camera",
        Status.WARN,
        f"camera source {source} not found",
        "Connect a camera or set Settings -> Capture; interviews can run audio- or text-only.",
    )


def check_microphone() -> Check:
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:
        return Check("microphone", Status.WARN, f"QtMultimedia unavailable ({exc})", "Reinstall HR Desk.")
    _app = QCoreApplication.instance() or QCoreApplication([])  # QtMultimedia needs one
    inputs = QMediaDevices.audioInputs()
    if inputs:
        return Check("microphone", Status.OK, ", ".join(d.description() for d in inputs[:3]))
    return Check(
        "microphone",
        Status.WARN,
        "no microphone found",
        "Connect a microphone; interviews can run text-only.",
    )


def run_checks(ctx: AppContext) -> list[Check]:
    checks = [
        _guard("settings", lambda: check_config(ctx)),
        _guard("data folder", lambda: check_folder("data folder", ctx.paths.data_dir)),
        _guard("database", lambda: check_database(ctx)),
        _guard("media folder", lambda: check_folder("media folder", ctx.paths.media_dir)),
        _guard("backup folder", lambda: check_folder("backup folder", ctx.paths.backup_dir)),
        _guard("free space (data)", lambda: check_space("free space (data)", ctx.paths.data_dir)),
        _guard("free space (media)", lambda: check_space("free space (media)", ctx.paths.media_dir)),
        _guard("AI models", check_models),
        _guard("camera", lambda: check_camera(ctx)),
        _guard("microphone", check_microphone),
    ]
    for module in DOCTOR_EXTENSIONS:
        ext = optional_module(module)
        if ext is None:
            continue
        checks.extend(ext.checks(ctx))
    return checks


def format_table(checks: list[Check]) -> str:
    width = max(len(c.name) for c in checks)
    lines = []
    for c in checks:
        line = f"{c.status.value:<5} {c.name:<{width}}  {c.detail}"
        if c.next_step and c.status is not Status.OK:
            line += f"\n{'':<5} {'':<{width}}  -> {c.next_step}"
        lines.append(line)
    return "\n".join(lines)
