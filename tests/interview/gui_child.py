"""A real interview window, offscreen, typed into until the test kills the process (SIGKILL).

Usage: python -m tests.interview.gui_child DB_URL DATA_DIR CANDIDATE POSITION TEMPLATE
Prints one JSON line each time the draft on disk holds a known state.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from uuid import UUID

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.storage.db import Database  # noqa: E402
from app.ui.interview.desk import InterviewDesk  # noqa: E402
from app.ui.tasks import TaskManager  # noqa: E402
from tests.interview.gui_helpers import make_context  # noqa: E402

LETTERS = "the candidate explains the rollout plan "


def main() -> None:
    db_url, data_dir, cid, pid, tid = sys.argv[1:6]
    app = QApplication(sys.argv[:1])
    ctx = make_context(Database(db_url), Path(data_dir))
    desk = InterviewDesk(ctx, TaskManager())
    run = desk.service.start(UUID(cid), UUID(pid), UUID(tid), 1, "clerk-a")
    run.record_consent(recording=True, ai_scoring=False, by="clerk-a")
    run.begin()
    window = desk.open_run(run)
    window.start_answer()
    QTest.keyClicks(window.answer_edit, "first answer, typed in the window")
    window.next_question()  # journaled on the question change
    state = {"n": 0}

    def type_more() -> None:
        QTest.keyClicks(window.answer_edit, LETTERS[state["n"] % len(LETTERS)])
        state["n"] += 1
        if state["n"] % 20 == 0:
            window.journal(force=True)
            desk.writer.flush(5)
            print(json.dumps({"id": str(run.interview.id), "typed": state["n"]}), flush=True)

    timer = QTimer()
    timer.timeout.connect(type_more)
    timer.start(1)
    app.exec()


if __name__ == "__main__":
    main()
