"""A clerk saving interviews in a loop, while something else (a backup) runs."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import UTC, datetime

from sqlalchemy import select

from app.storage.db import Database
from app.storage.rows import AnswerRow, InterviewRow


class SavingClerk(threading.Thread):
    """Each save adds an answer and writes the answer count into the interview, in one
    transaction: a torn snapshot would show a count that disagrees with the answers."""

    def __init__(self, db: Database) -> None:
        super().__init__(daemon=True)
        self.db = db
        self.stop = threading.Event()
        self.saves: list[tuple[float, float]] = []  # (start, seconds) per save
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with self.db.session() as s:
                ids = list(s.scalars(select(InterviewRow.id)))
            k = 0
            while not self.stop.is_set():
                iv_id = ids[k % len(ids)]
                k += 1
                t0 = time.perf_counter()
                with self.db.transaction() as s:
                    iv = s.get(InterviewRow, iv_id)
                    assert iv is not None
                    n = len(iv.answers) + 1
                    iv.answers.append(AnswerRow(id=uuid.uuid4(), question_id=uuid.uuid4(),
                                                ordinal=n, question_kind="structured",
                                                transcript=f"第{n}个回答"))
                    iv.notes = str(n)
                    iv.updated_at = datetime.now(UTC)
                self.saves.append((t0, time.perf_counter() - t0))
        except BaseException as e:  # reported by the test
            self.error = e

    def saves_between(self, start: float, end: float) -> list[float]:
        return [d for t, d in self.saves if start <= t <= end]
