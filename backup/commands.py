"""`hrdesk backup run|verify|daemon|install-task|history` and `hrdesk restore`."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from pathlib import Path
from typing import Any

from app.errors import UserFacingError
from backup.crypto import KeyRing
from backup.manifest import read_manifest


def _ctx(args: argparse.Namespace) -> Any:
    from app.services.context import make_context

    return make_context(args.config, args.data_dir)


def _password(args: argparse.Namespace) -> str | None:
    from backup.service import backup_password

    if getattr(args, "password_file", None):
        try:
            return str(Path(args.password_file).read_text(encoding="utf-8").splitlines()[0])
        except (OSError, IndexError) as e:
            raise UserFacingError(f"The password file {args.password_file} cannot be read ({e}).",
                                  "Give a readable file whose first line is the password.") from None
    return backup_password()


def lower_io_priority() -> None:
    """A headless backup yields the disk to clerks who are saving (best effort, per OS)."""
    try:
        import psutil

        proc = psutil.Process()
        if hasattr(psutil, "IOPRIO_CLASS_IDLE"):
            proc.ionice(psutil.IOPRIO_CLASS_IDLE)
        elif hasattr(psutil, "IOPRIO_LOW"):
            proc.ionice(psutil.IOPRIO_LOW)
    except Exception:  # not permitted or not supported: run at normal priority
        pass


def _mb(n: int) -> str:
    return f"{n / 1_000_000:,.1f} MB"


def cmd_run(args: argparse.Namespace) -> int:
    from backup.service import run_backup

    lower_io_priority()
    ctx = _ctx(args)
    ctx.db.dispose()
    result = run_backup(ctx, args.trigger, folder=args.to, password=_password(args))
    stored = sum(f.size for f in result.manifest.files if not f.linked)
    print(f"Backup written and verified: {result.path}")
    print(f"  {len(result.manifest.files)} files, {result.media.new_files} new media files, "
          f"{result.media.reused_files} reused, {_mb(stored)} written, {result.seconds:.1f} s")
    print(f"  check: {result.verify.database}")
    for name in result.thinned:
        print(f"  removed by retention: {name}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from backup.service import database_checker
    from backup.verify import DatabaseChecker, default_database_check, verify_backup

    checker: DatabaseChecker = default_database_check
    try:
        ctx = _ctx(args)
        if ctx.db.dialect == "postgresql" and read_manifest(args.path).engine == "postgresql":
            checker = database_checker(ctx.db)
    except Exception:  # verify must work on any machine, configured or not
        pass
    report = verify_backup(args.path, KeyRing(_password(args)), database_check=checker)
    print(f"OK: {args.path.name}: {report.files} files, {_mb(report.stored_bytes)} checked; "
          f"{report.database}")
    return 0


def cmd_daemon(args: argparse.Namespace) -> int:
    from apscheduler.schedulers.blocking import BlockingScheduler

    from backup.history import last_success
    from backup.scheduler import BackupScheduler, Schedule
    from backup.service import run_backup

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    lower_io_priority()
    ctx = _ctx(args)
    scheduler = BlockingScheduler()
    schedule = Schedule(ctx.settings.backup.time, interval_s=args.interval_seconds)
    jobs = BackupScheduler(
        scheduler,
        lambda trigger: run_backup(ctx, f"daemon-{trigger}"[:20]),
        lambda: last_success(ctx.db, ctx.paths.logs_dir, ctx.paths.backup_dir),
        schedule,
    )

    def stop(_signum: int, _frame: object) -> None:
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    jobs.install()
    print(f"HR Desk backup service: next run {jobs.next_run()}; backups go to "
          f"{ctx.paths.backup_dir}", flush=True)
    scheduler.start()  # blocks until SIGTERM / Ctrl+C; a running backup finishes first
    ctx.db.dispose()
    return 0


def cmd_install_task(args: argparse.Namespace) -> int:
    from backup.install_task import backup_command, install

    ctx = _ctx(args)
    extra = []
    if args.config:
        extra = ["--config", str(args.config)]
    if args.data_dir:
        extra += ["--data-dir", str(args.data_dir)]
    cmd = backup_command()
    cmd = cmd[: cmd.index("backup")] + extra + ["backup", "run", "--trigger", "scheduled"]
    result = install(args.time or ctx.settings.backup.time, folder=args.write_to,
                     dry_run=args.dry_run, command=cmd)
    print(result.message)
    for argv in result.commands:
        print("  " + " ".join(argv))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from backup.history import recent_runs

    ctx = _ctx(args)
    for r in recent_runs(ctx.db, ctx.paths.logs_dir, args.limit):
        print(f"{r.started_at:%Y-%m-%d %H:%M} {r.status:<9} {r.trigger:<10} {r.backup_name or '-'}"
              f"  {r.message}")
    ctx.db.dispose()
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from backup.restore import restore_into_folder, restore_into_url
    from backup.switch import restore_configured

    keyring = KeyRing(_password(args))
    if args.into:
        result = restore_into_folder(args.path, keyring, args.into)
    elif args.to_url:
        result = restore_into_url(args.path, keyring, args.to_url, args.media_into)
    else:
        if not args.yes:
            print("This replaces the current HR Desk data with the backup (the current data is kept "
                  "as a safety copy). Close HR Desk everywhere, then run again with --yes.",
                  file=sys.stderr)
            return 1
        ctx = _ctx(args)
        ctx.db.dispose()
        result = restore_configured(args.path, keyring, ctx.settings, ctx.paths)
    print(f"Restored {args.path.name} into {result.location or result.database}")
    print(f"  {sum(result.rows.values())} rows; {result.media_written} media files written, "
          f"{result.media_present} already present; {result.deletions_applied} rows removed again "
          "by the privacy deletion list")
    for check in result.checks:
        print(f"  check: {check}")
    if result.safety_copy:
        print(f"  previous data kept as: {result.safety_copy}")
    return 0


def register(sub: Any) -> None:
    backup = sub.add_parser("backup", help="back up, verify, schedule (see `hrdesk backup -h`)")
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    p = actions.add_parser("run", help="one backup now (for Task Scheduler, cron, systemd)")
    p.add_argument("--to", type=Path, help="backup folder (default: the configured one)")
    p.add_argument("--password-file", help="file whose first line is the backup password")
    p.add_argument("--trigger", default="cli", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_run)

    p = actions.add_parser("verify", help="check every file, checksum and the database copy")
    p.add_argument("path", type=Path, help="a backup folder (hrdesk-backup-...)")
    p.add_argument("--password-file", help="file whose first line is the backup password")
    p.set_defaults(func=cmd_verify)

    p = actions.add_parser("daemon", help="headless nightly backups (LAN server)")
    p.add_argument("--interval-seconds", type=float, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_daemon)

    p = actions.add_parser("install-task", help="register the nightly backup with the OS")
    p.add_argument("--time", help="HH:MM (default: the configured backup time)")
    p.add_argument("--write-to", type=Path, help="only write the task files into this folder")
    p.add_argument("--dry-run", action="store_true", help="write files, register nothing")
    p.set_defaults(func=cmd_install_task)

    p = actions.add_parser("history", help="recent backup runs, successes and failures")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("restore", help="restore a backup (verified first; current data kept)")
    p.add_argument("path", type=Path, help="a backup folder (hrdesk-backup-...)")
    p.add_argument("--into", type=Path, help="a new folder: restore there and switch nothing")
    p.add_argument("--to-url", help="a new, empty database on any engine (portable export)")
    p.add_argument("--media-into", type=Path, help="with --to-url: where media files go")
    p.add_argument("--password-file", help="file whose first line is the backup password")
    p.add_argument("--yes", action="store_true", help="replace the current data (safety copy kept)")
    p.set_defaults(func=cmd_restore)
