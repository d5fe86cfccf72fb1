"""Child process for the crash test: a real interview run journaling its draft while the
capture controller records an answer from file sources, until it is killed with SIGKILL.

argv: data_dir camera_file speech_file. Prints ``recording <seconds>`` as time passes.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.capture.answer_capture import AnswerCapture, CaptureSetup
from app.capture.recording_folder import recordings_dir
from app.config import load_settings
from app.domain import Answer, Interview, Question
from app.services.drafts import DraftJournal, snapshot
from app.services.interview_run import InterviewRun


def main() -> None:
    data_dir, camera, speech = (Path(a) for a in sys.argv[1:4])
    _app = QCoreApplication([])
    _settings, paths = load_settings(data_dir=data_dir)
    questions = [Question(prompt="Tell us about a team you led."), Question(prompt="A hard customer?")]
    import uuid

    interview = Interview(candidate_id=uuid.uuid4(), position_id=uuid.uuid4(), template_id=uuid.uuid4(),
                          answers=[Answer(question_id=q.id, position=i, question_prompt=q.prompt)
                                   for i, q in enumerate(questions)])
    run = InterviewRun(interview, questions, candidate_name="王芳")
    journal = DraftJournal(paths.drafts_dir)
    run.record_consent(recording=True, ai_scoring=True, by="HR")
    run.begin()
    setup = CaptureSetup(camera=str(camera), microphone=f"file:{speech}", speech_model="/nonexistent",
                         models_dirs=(), recordings_dir=recordings_dir(paths), media_dir=paths.media_dir)
    capture = AnswerCapture(setup)
    capture.open_devices()
    run.start_answer()
    capture.start_answer(run.question, interview_id=interview.id, answer_id=run.answer.id)
    journal.write(interview.id, snapshot(run))
    started = time.monotonic()
    while True:
        time.sleep(0.25)
        run.set_text("typing while speaking")
        journal.write(interview.id, snapshot(run))
        print(f"recording {time.monotonic() - started:.3f}", flush=True)


if __name__ == "__main__":
    main()
