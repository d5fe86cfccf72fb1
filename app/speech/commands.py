"""`hrdesk speech ...`: install and check the offline speech model (for IT, no screen needed)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from app.resources import models_dir as shipped_models_dir


def register(subparsers: Any) -> None:
    speech = subparsers.add_parser("speech", help="offline speech recognition (Vosk models)")
    sub = speech.add_subparsers(dest="speech_command", required=True)
    p = sub.add_parser("install-model", help="install a Vosk model from a folder or a .zip")
    p.add_argument("source", type=Path)
    p.add_argument("--use", action="store_true", help="also make it the configured model")
    p.set_defaults(func=cmd_install_model)
    p = sub.add_parser("status", help="which speech model is used; optionally transcribe a file")
    p.add_argument("--transcribe", type=Path, metavar="FILE", help="a WAV/FLAC/video file to try")
    p.set_defaults(func=cmd_status)


def _context(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.services.context import make_context

    return make_context(args.config, args.data_dir)


def cmd_install_model(args: argparse.Namespace) -> int:
    from app.config import save_settings
    from app.speech.model_install import install_model

    ctx = _context(args)
    info = install_model(args.source, ctx.paths.models_dir)
    print(f"Installed speech model {info.name} ({info.sample_rate} Hz) in {info.path}")
    if args.use:
        ctx.settings.speech.model_path = str(info.path)
        save_settings(ctx.settings, ctx.paths.config_file)
        print("It is now the configured speech model.")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from app.speech.model_location import find_speech_model

    ctx = _context(args)
    info = find_speech_model(ctx.settings.speech.model_path, ctx.paths.models_dir, shipped_models_dir())
    print(f"Speech model: {info.name} ({info.sample_rate} Hz) at {info.path}")
    if args.transcribe:
        from app.capture.audio_decode import pcm_blocks
        from app.speech.transcriber import AnswerTranscriber, load_model

        t0 = time.monotonic()
        transcriber = AnswerTranscriber(load_model(info.path), info.sample_rate)
        loaded = time.monotonic()
        for block in pcm_blocks(args.transcribe, info.sample_rate):
            transcriber.feed(block.tobytes())
        result = transcriber.finish()
        spent = time.monotonic() - loaded
        print(f"Model loaded in {loaded - t0:.1f} s; {result.audio_s:.1f} s of audio transcribed in "
              f"{spent:.1f} s (real-time factor {spent / max(result.audio_s, 1e-6):.2f})")
        print(result.text or "(no words recognised)")
    return 0
