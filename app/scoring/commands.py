"""Command-line sub-commands of the scoring area: score-batch and calibrate."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.errors import UserFacingError
from app.scoring.batch import Progress, run_batch


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    batch = subparsers.add_parser(
        "score-batch", help="score a file of answers (JSONL, CSV or XLSX) with the local models",
        description="Score every row (question, reference, answer) of IN and write the rows with "
                    "their scores and evidence to OUT. Scores are decision support.")
    batch.add_argument("input", type=Path, metavar="IN")
    batch.add_argument("--out", type=Path, required=True, metavar="OUT")
    batch.add_argument("--quiet", action="store_true", help="no progress display")
    batch.set_defaults(func=score_batch_command)

    calibrate = subparsers.add_parser(
        "calibrate", help="retrain the scoring models on interviews HR has reviewed",
        description="Retrain the dimension models on reviewed and overridden scores, report the "
                    "agreement before and after, and keep the previous models.")
    calibrate.add_argument("--restore", action="store_true",
                           help="put the previous models back instead of training")
    calibrate.add_argument("--min-reviewed", type=int, default=20,
                           help="refuse to train on fewer reviewed answers than this (default 20)")
    calibrate.add_argument("--force", action="store_true",
                           help="put the retrained models in force even if they agree less")
    calibrate.set_defaults(func=calibrate_command)


def score_batch_command(args: argparse.Namespace) -> int:
    try:
        progress = Progress(enabled=False) if args.quiet else Progress()
        summary = run_batch(args.input, args.out, progress=progress)
    except UserFacingError as exc:
        print(f"{exc.what}\n{exc.next_step}", file=sys.stderr)
        return 2
    print(f"{summary.rows} answers scored in {summary.seconds:.1f} s -> {args.out}"
          + (f" ({summary.errors} rows could not be scored fully; see their 'error' column)" if summary.errors else ""),
          file=sys.stderr)
    return 0


def calibrate_command(args: argparse.Namespace) -> int:
    from app.scoring.calibrate import run_calibrate_command

    code: int = run_calibrate_command(args)
    return code
