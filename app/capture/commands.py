"""`hrdesk recordings recover`: finalize answers whose recording was cut off by a crash."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    rec = subparsers.add_parser("recordings", help="answer recordings (crash recovery)")
    sub = rec.add_subparsers(dest="recordings_command", required=True)
    p = sub.add_parser("recover", help="finalize recordings left behind by a crash into the media folder")
    p.set_defaults(func=cmd_recover)


def cmd_recover(args: argparse.Namespace) -> int:
    from app.capture.finalize import recover_orphans
    from app.capture.recording_folder import recordings_dir
    from app.services.context import make_context

    ctx = make_context(args.config, args.data_dir)
    recovered = recover_orphans(recordings_dir(ctx.paths), ctx.paths.media_dir)
    if not recovered:
        print("No interrupted recordings were found.")
    for item in recovered:
        where = item.media.relpath if item.media else "(nothing had been recorded)"
        print(f"{item.folder_id}: {where} {item.media.duration_s if item.media else 0:.1f} s {item.labels}")
    return 0
