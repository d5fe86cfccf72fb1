"""The draft journal: the interview in progress, kept on the local disk so a crash loses nothing.

Each interview has one draft file `<interview id>.json` in the drafts folder. A write goes to a
temporary file first, is flushed to the disk (fsync), then renamed over the old draft, and the folder
is synced: after a crash or a power cut the draft is either the old one or the new one, never half.

Turning the run into bytes is cheap and happens where the clerk types (so the snapshot is
consistent); the disk write itself runs on the `DraftWriter` thread, so typing never waits for it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from app import durable
from app.domain import Interview
from app.domain.clock import utc_now
from app.services.interview_record import (
    interview_from_json,
    interview_to_json,
    question_from_json,
    question_to_json,
)
from app.services.interview_run import Clock, InterviewRun, Phase, RunPlace

log = logging.getLogger(__name__)

FORMAT = 1
SUFFIX = ".json"
TMP_SUFFIX = ".json.tmp"
JOURNAL_EVERY_S = 2.0
STALE_TMP_S = 3600.0


def snapshot(run: InterviewRun, pending_audit: list[dict[str, Any]] | None = None) -> bytes:
    """The whole run as bytes, ready for the journal (call it where the run is changed)."""
    run.settle()
    doc = {
        "format": FORMAT,
        "written_at": utc_now().isoformat(),
        "candidate_name": run.candidate_name,
        "position_title": run.position_title,
        "place": {"index": run.place.index, "phase": str(run.place.phase), "ended": run.place.ended,
                  "extra": run.place.extra},
        "revision": run.revision,
        "modified": run.modified,
        "questions": [question_to_json(q) for q in run.questions],
        "interview": interview_to_json(run.interview),
        "pending_audit": pending_audit or [],
        "base": interview_to_json(run.base) if run.base is not None else None,
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_atomically(path: Path, payload: bytes) -> None:
    """Write, fsync, rename over the old file, fsync the folder: the file is old or new, never half."""
    durable.write_atomically(path, payload, tmp=path.with_name(path.name.removesuffix(SUFFIX) + TMP_SUFFIX))


@dataclass
class Draft:
    """A draft found on disk: whose interview it is, from when, and everything to restore it."""

    path: Path
    interview: Interview
    candidate_name: str
    position_title: str
    written_at: datetime
    place: RunPlace
    revision: int
    modified: bool
    questions_json: list[dict[str, Any]]
    pending_audit: list[dict[str, Any]] = field(default_factory=list)
    base: Interview | None = None

    @property
    def interview_id(self) -> UUID:
        return self.interview.id

    def to_run(self, clock: Clock | None = None) -> InterviewRun:
        """The run exactly as it was journaled; its clocks start again on `resume()`."""
        run = InterviewRun(
            self.interview,
            [question_from_json(q) for q in self.questions_json],
            candidate_name=self.candidate_name,
            position_title=self.position_title,
            place=RunPlace(**{**self.place.__dict__}),
            clock=clock,
        )
        run.revision = self.revision
        run.saved_revision = self.revision if not self.modified else -1
        run.base = self.base
        return run


def parse_draft(path: Path, data: bytes) -> Draft:
    doc = json.loads(data.decode("utf-8"))
    if doc.get("format") != FORMAT:
        raise ValueError(f"unknown draft format {doc.get('format')!r}")
    place = doc["place"]
    return Draft(
        path=path,
        interview=interview_from_json(doc["interview"]),
        candidate_name=doc["candidate_name"],
        position_title=doc.get("position_title", ""),
        written_at=datetime.fromisoformat(doc["written_at"]),
        place=RunPlace(
            index=int(place["index"]), phase=Phase(place["phase"]), ended=bool(place["ended"]),
            extra=dict(place.get("extra", {})),
        ),
        revision=int(doc["revision"]),
        modified=bool(doc["modified"]),
        questions_json=list(doc["questions"]),
        pending_audit=list(doc.get("pending_audit", [])),
        base=interview_from_json(doc["base"]) if doc.get("base") else None,
    )


class DraftJournal:
    """The drafts folder: write, list, load and remove drafts."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path_for(self, interview_id: UUID) -> Path:
        return self.folder / f"{interview_id}{SUFFIX}"

    def write(self, interview_id: UUID, payload: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path_for(interview_id), payload)

    def exists(self, interview_id: UUID) -> bool:
        return self.path_for(interview_id).exists()

    def load(self, interview_id: UUID) -> Draft:
        path = self.path_for(interview_id)
        return parse_draft(path, path.read_bytes())

    def remove(self, interview_id: UUID) -> None:
        self.path_for(interview_id).unlink(missing_ok=True)

    def recoverable(self) -> list[Draft]:
        """Every readable draft, newest first. A damaged one is set aside (renamed), never deleted."""
        if not self.folder.is_dir():
            return []
        drafts: list[Draft] = []
        for path in self.folder.iterdir():
            if path.name.endswith(TMP_SUFFIX):
                # A write that never reached its rename (crash) - or one in progress right now.
                with contextlib.suppress(OSError):
                    if time.time() - path.stat().st_mtime > STALE_TMP_S:
                        path.unlink()
                continue
            if not path.name.endswith(SUFFIX):
                continue
            try:
                drafts.append(parse_draft(path, path.read_bytes()))
            except FileNotFoundError:
                continue  # saved or discarded meanwhile (another thread): nothing to recover
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("Draft %s cannot be read (%s); set aside as .damaged", path, exc)
                with contextlib.suppress(OSError):
                    path.rename(path.with_name(path.name + ".damaged"))
        drafts.sort(key=lambda d: d.written_at, reverse=True)
        return drafts


class DraftWriter:
    """One background thread that writes the newest snapshot of each interview to the journal.

    `submit` never blocks on the disk: it only hands the bytes over. When several snapshots of
    one interview wait, only the newest is written. Failures go to `on_error` (the window shows
    them) and the next snapshot is tried again.
    """

    def __init__(
        self,
        journal: DraftJournal,
        on_error: Callable[[UUID, OSError], None] | None = None,
        on_written: Callable[[UUID, float], None] | None = None,
    ) -> None:
        self.journal = journal
        self.on_error = on_error
        self.on_written = on_written
        self.write_seconds: deque[float] = deque(maxlen=1000)  # the latest, for the benchmark
        self.last_error: OSError | None = None
        self._pending: dict[UUID, bytes] = {}
        self._busy = False
        self._closed = False
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._loop, name="draft-writer", daemon=True)
        self._thread.start()

    def submit(self, interview_id: UUID, payload: bytes) -> None:
        with self._cond:
            if self._closed:
                raise RuntimeError("the draft writer is closed")
            self._pending[interview_id] = payload
            self._cond.notify_all()

    def forget(self, interview_id: UUID) -> None:
        """Drop a snapshot not yet written (the interview was saved or discarded)."""
        with self._cond:
            self._pending.pop(interview_id, None)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until everything submitted is on disk; False on timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while self._pending or self._busy:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._cond.wait(left)
        return True

    def close(self, timeout: float | None = 10.0) -> None:
        self.flush(timeout)
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join(timeout)

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closed:
                    self._cond.wait()
                if not self._pending and self._closed:
                    return
                interview_id, payload = self._pending.popitem()
                self._busy = True
            started = time.perf_counter()
            try:
                self.journal.write(interview_id, payload)
            except OSError as exc:
                self.last_error = exc
                log.error("Draft of interview %s not written: %s", interview_id, exc)
                if self.on_error:
                    self.on_error(interview_id, exc)
            else:
                spent = time.perf_counter() - started
                self.write_seconds.append(spent)
                if self.on_written:
                    self.on_written(interview_id, spent)
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()


class DraftKeeper:
    """Decides when one run is journaled: on every question change, and every 2 s while changed."""

    def __init__(self, run: InterviewRun, writer: DraftWriter) -> None:
        self.run = run
        self.writer = writer
        self.pending_audit: list[dict[str, Any]] = []
        self.journaled_revision: int | None = None

    def journal(self, *, force: bool = False) -> bool:
        """Hand a snapshot to the writer if anything changed since the last one (or if forced)."""
        if not force and self.journaled_revision == self.run.revision:
            return False
        self.writer.submit(self.run.interview.id, snapshot(self.run, self.pending_audit))
        self.journaled_revision = self.run.revision
        return True
