"""What the clerk reads about capture and speech problems, in the UI language.

The capture and speech cores raise or report plain codes (with English text for logs and the
command line); these functions word them through Qt's translator for the screens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.capture.camera import OPEN_FAILED
from app.speech.model_install import SpeechModelError


def tr(text: str) -> str:
    return QCoreApplication.translate("capture", text)


def camera_problem(reason: str, source: str) -> str:
    if reason == OPEN_FAILED:
        what = tr("The camera \"{0}\" could not be opened.").format(source)
    else:
        what = tr("The camera \"{0}\" stopped sending pictures.").format(source)
    return what + " " + tr("The interview continues without video; everything recorded so far is kept.")


def microphone_problem(detail: str) -> str:
    return tr("The microphone does not work ({0}).").format(detail) + " " + tr(
        "The interview continues: type the answer; everything recorded so far is kept.")


def speech_model_problem(error: SpeechModelError) -> str:
    d = error.details
    texts = {
        "no_model": (tr("No speech model is installed, so answers will not be transcribed."),
                     tr("The interview works as usual; to turn transcription on, use Settings > "
                        "Speech model.")),
        "folder_missing": (tr("The speech model folder {0} does not exist.").format(d.get("folder", "")),
                           tr("Choose the folder you unpacked the model into, or its .zip file.")),
        "not_a_model": (tr("{0} is not a Vosk speech model (missing: {1}).").format(
                            d.get("name", ""), d.get("missing", "")),
                        tr("Download a model from the Vosk model list (see docs/SPEECH_MODELS.md) "
                           "and choose its .zip or unpacked folder.")),
        "bad_rate": (tr("The speech model {0} expects {1} Hz audio.").format(d.get("name", ""), d.get("rate", "")),
                     tr("Choose a 16 kHz (or 8 kHz) model.")),
        "unsafe_zip": (tr("The file {0} inside the archive points outside the model folder.").format(
                           d.get("member", "")),
                       tr("The archive is not a genuine model; download it again from the Vosk model list.")),
        "too_big": (tr("The archive unpacks to more than 8 GB."), tr("Choose a Vosk speech model archive.")),
        "not_zip": (tr("{0} is neither a folder nor a .zip file.").format(d.get("name", "")),
                    tr("Choose the model's .zip file or its unpacked folder.")),
    }
    what, next_step = texts.get(error.code, (error.what, error.next_step))
    return f"{what} {next_step}"
