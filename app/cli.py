"""The `hrdesk` command: no arguments starts the GUI; sub-commands serve IT and scheduled tasks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__
from app.errors import UserFacingError
from app.extensions import optional_module

#: Areas register their sub-commands in these modules: `def register(subparsers) -> None`.
AREA_COMMANDS = [
    "backup.commands",
    "app.scoring.commands",
    "app.salary.commands",
    "app.speech.commands",
    "app.capture.commands",
]


def _context(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.services.context import make_context

    return make_context(args.config, args.data_dir)


def cmd_doctor(args: argparse.Namespace) -> int:
    from app.services.doctor import Status, format_table, run_checks

    ctx = _context(args)
    checks = run_checks(ctx)
    print(format_table(checks))
    failed = [c for c in checks if c.status is Status.FAIL]
    print(f"\n{len(checks) - len(failed)} ok or warnings, {len(failed)} failed")
    return 1 if failed else 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from app.services.startup import current_schema, open_database

    ctx = _context(args)
    before = current_schema(ctx)
    revision = open_database(ctx)
    print(f"{ctx.db.display_url}: schema {before or '(empty)'} -> {revision}")
    return 0


def cmd_db_sql(args: argparse.Namespace) -> int:
    from app.storage.migrate import offline_sql

    print(offline_sql(args.url))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.catalog import Catalog
    from app.services.demo import add_demo_data
    from app.services.startup import open_database

    ctx = _context(args)
    open_database(ctx)
    if not Catalog(ctx).is_empty() and not args.force:
        print(f"{ctx.db.display_url} already holds data; use --force to add the demo set anyway.")
        return 1
    counts = add_demo_data(ctx)
    print("Demo data added: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    print(f"Data folder: {ctx.paths.data_dir}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hrdesk", description="HR Desk: structured interviews, on your own machines.")
    parser.add_argument("--version", action="version", version=f"HR Desk {__version__}")
    parser.add_argument("--config", type=Path, help="settings file (default: the platform's config folder)")
    parser.add_argument("--data-dir", type=Path, help="data folder (default: $HRDESK_DATA_DIR or the platform's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("doctor", help="check database, folders, space, models and devices")
    p.set_defaults(func=cmd_doctor)

    db = sub.add_parser("db", help="database schema").add_subparsers(dest="db_command", metavar="ACTION", required=True)
    p = db.add_parser("upgrade", help="upgrade the schema to this version (safety copy first)")
    p.set_defaults(func=cmd_db_upgrade)
    p = db.add_parser("sql", help="print the migration SQL for a server we cannot reach (default SQL Server)")
    p.add_argument("--url", default="mssql+pyodbc://", help="dialect URL, e.g. mssql+pyodbc:// or postgresql://")
    p.set_defaults(func=cmd_db_sql)

    p = sub.add_parser("demo", help="fill the data folder with demo positions, candidates and interviews")
    p.add_argument("--force", action="store_true", help="add the demo set even if data exists")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("gui", help="start the desktop application (the default)")
    p.set_defaults(func=cmd_gui)

    for module in AREA_COMMANDS:
        area = optional_module(module)
        if area is None:
            continue
        area.register(sub)
    return parser


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.app import run_gui

    return run_gui(args.config, args.data_dir)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    try:
        result: int = func(args)
        return result
    except UserFacingError as exc:
        print(f"Error: {exc.what}", file=sys.stderr)
        if exc.next_step:
            print(f"Next: {exc.next_step}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
