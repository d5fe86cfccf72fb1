"""`hrdesk doctor` lines for recording: the encoders are there, no interrupted recordings wait."""

from __future__ import annotations

import av

from app.capture.recording_folder import find_orphans, recordings_dir
from app.services.context import AppContext
from app.services.doctor import Check, Status


def checks(ctx: AppContext) -> list[Check]:
    found = []
    missing = [name for name in ("libx264", "aac") if name not in av.codecs_available]
    if missing:
        found.append(Check("recording encoders", Status.FAIL, f"missing: {', '.join(missing)}",
                           "Reinstall HR Desk; interviews can run without recording meanwhile."))
    else:
        found.append(Check("recording encoders", Status.OK, "H.264 and AAC available"))
    orphans = find_orphans(recordings_dir(ctx.paths))
    if orphans:
        found.append(Check("interrupted recordings", Status.WARN,
                           f"{len(orphans)} answer recording(s) were cut off by a crash",
                           "Start HR Desk (it offers them) or run `hrdesk recordings recover`."))
    else:
        found.append(Check("interrupted recordings", Status.OK, "none"))
    return found
