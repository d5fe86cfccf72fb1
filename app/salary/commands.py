"""Salary commands for `hrdesk`:

    hrdesk report salary --by source|position --format table|csv|json [--since DATE]
                         [--compare referral --to job_board --metric mean_offered]
    hrdesk salary import-market FILE          (checks every cell; imports only a clean file)
    hrdesk salary export-payroll FILE.csv|FILE.xlsx [--since DATE]
    hrdesk salary fairness --attribute gender [--format ...]
    hrdesk salary default-table               (stores the shipped grade table if none exists)
    hrdesk salary demo-history [--interviews N]  (a synthetic half-year for the dashboard)
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.errors import UserFacingError
from app.salary.analytics import METRICS, GroupBy, compare_groups
from app.salary.fairness import fairness_report
from app.salary.grade_tables import ensure_default_table
from app.salary.market_import import import_market_file
from app.salary.payroll import export_payroll
from app.salary.reports import FORMATS, fairness_rows, figures_rows, render
from app.storage.db import Database
from app.storage.salary_analytics import fairness_facts, group_figures

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


def _database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", metavar="URL", default="",
                        help="database URL (default: the one in the settings)")


def _since(text: str) -> datetime:
    try:
        return datetime.combine(date.fromisoformat(text), datetime.min.time(), tzinfo=UTC)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-07-01") from exc


def register(subparsers: Any) -> None:
    report = subparsers.add_parser("report", help="reports from the interview data")
    kinds = report.add_subparsers(dest="report_kind", required=True)
    salary_report = kinds.add_parser("salary", help="salary figures by source channel or position")
    salary_report.add_argument("--by", choices=[g.value for g in GroupBy], default="source")
    salary_report.add_argument("--format", choices=FORMATS, default="table")
    salary_report.add_argument("--since", type=_since, help="only interviews saved since DATE")
    salary_report.add_argument("--compare", metavar="GROUP", help="e.g. referral")
    salary_report.add_argument("--to", metavar="GROUP", default="job_board",
                               help="the reference group (default job_board)")
    salary_report.add_argument("--metric", choices=METRICS, default="mean_offered")
    _database_option(salary_report)
    salary_report.set_defaults(func=cmd_report)

    salary = subparsers.add_parser("salary", help="grade tables, market data, payroll export")
    actions = salary.add_subparsers(dest="salary_action", required=True)
    imp = actions.add_parser("import-market", help="import market salary data (CSV or XLSX)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--again", action="store_true", help="import a file imported before")
    _database_option(imp)
    imp.set_defaults(func=cmd_import_market)
    exp = actions.add_parser("export-payroll", help="write offers for payroll (CSV or XLSX)")
    exp.add_argument("file", type=Path)
    exp.add_argument("--since", type=_since, help="only offers decided since DATE")
    _database_option(exp)
    exp.set_defaults(func=cmd_export_payroll)
    fair = actions.add_parser("fairness", help="selection rates and impact ratios per group")
    fair.add_argument("--attribute", default="gender")
    fair.add_argument("--format", choices=FORMATS, default="table")
    _database_option(fair)
    fair.set_defaults(func=cmd_fairness)
    default = actions.add_parser("default-table", help="store the shipped grade table if none")
    default.add_argument("--language", choices=("zh_CN", "en"), default="zh_CN")
    _database_option(default)
    default.set_defaults(func=cmd_default_table)
    history = actions.add_parser(
        "demo-history", help="add a synthetic interview history (demo and training only)")
    history.add_argument("--interviews", type=int, default=240)
    history.add_argument("--seed", type=int, default=2026)
    _database_option(history)
    history.set_defaults(func=cmd_demo_history)


def open_database(args: argparse.Namespace) -> Database:
    """--database URL when given (upgraded in place), else the configured one through the app's
    start-up checks (writable folder, integrity check, safety copy before migrating)."""
    url = getattr(args, "database", "")
    if url:
        from app.storage.migrate import upgrade

        db = Database(url)
        upgrade(db)
        return db
    from app.services.context import make_context
    from app.services.startup import open_database as open_configured

    ctx = make_context(getattr(args, "config", None), getattr(args, "data_dir", None))
    open_configured(ctx)
    return ctx.db


def _actor() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "cli"


def _run(args: argparse.Namespace, body: Any) -> int:
    try:
        db = open_database(args)
        try:
            return int(body(db))
        finally:
            db.dispose()
    except UserFacingError as exc:
        print(f"{exc.what}\n{exc.next_step}", file=sys.stderr)
        return EXIT_ERROR


def cmd_report(args: argparse.Namespace) -> int:
    def body(db: Database) -> int:
        with db.session() as s:
            figures = group_figures(s, GroupBy(args.by), args.since)
        extra: dict[str, Any] = {}
        line = ""
        if args.compare:
            c = compare_groups(figures, args.metric, args.compare, args.to)
            if c is None:
                line = f"No comparison: '{args.compare}' or '{args.to}' has no {args.metric}.\n"
            else:
                extra["comparison"] = {"metric": c.metric, "group": c.group,
                                       "reference": c.reference, "value": round(c.value, 2),
                                       "reference_value": round(c.reference_value, 2),
                                       "percent": round(c.percent, 1)}
                line = (f"{c.group} vs {c.reference}, {c.metric}: {c.value:,.0f} vs "
                        f"{c.reference_value:,.0f} ({c.percent:+.1f} %)\n")
        sys.stdout.write(render(figures_rows(figures), args.format, extra))
        if line and args.format == "csv":
            sys.stderr.write(line)  # keep the CSV on stdout machine-readable
        elif line and args.format == "table":
            sys.stdout.write("\n" + line)
        return EXIT_OK
    return _run(args, body)


def cmd_import_market(args: argparse.Namespace) -> int:
    def body(db: Database) -> int:
        outcome = import_market_file(db, args.file, _actor(), allow_same_file=args.again)
        if not outcome.imported:
            for problem in outcome.check.problems:
                print(problem, file=sys.stderr)
            print(f"{len(outcome.check.problems):,} problems in {outcome.check.data_rows:,} rows: "
                  "nothing was imported. Correct the file and import it again.", file=sys.stderr)
            return EXIT_PROBLEMS
        assert outcome.record is not None
        print(f"Imported {outcome.record.row_count:,} market rows from {args.file.name} "
              f"({outcome.check.encoding}).")
        return EXIT_OK
    return _run(args, body)


def cmd_export_payroll(args: argparse.Namespace) -> int:
    def body(db: Database) -> int:
        count = export_payroll(db, args.file, _actor(), args.since)
        print(f"Wrote {count:,} offers to {args.file}.")
        return EXIT_OK
    return _run(args, body)


def cmd_fairness(args: argparse.Namespace) -> int:
    def body(db: Database) -> int:
        with db.session() as s:
            report = fairness_report(args.attribute, fairness_facts(s, args.attribute))
        sys.stdout.write(render(fairness_rows(report), args.format,
                                {"attribute": report.attribute, "unknown": report.unknown,
                                 "total": report.total}))
        return EXIT_OK
    return _run(args, body)


def cmd_default_table(args: argparse.Namespace) -> int:
    def body(db: Database) -> int:
        table = ensure_default_table(db, args.language, _actor())
        print(f"Grade table in force: {table.name} (version {table.version}, "
              f"from {table.effective_from}).")
        return EXIT_OK
    return _run(args, body)


def cmd_demo_history(args: argparse.Namespace) -> int:
    from app.salary.history import add_history

    def body(db: Database) -> int:
        table = ensure_default_table(db, "zh_CN", _actor())
        with db.transaction() as s:
            count = add_history(s, table, args.interviews, seed=args.seed,
                                questions_per_interview=1, with_demographics=True)
        print(f"Added {count:,} synthetic saved interviews (names marked 历史) for the dashboard.")
        return EXIT_OK
    return _run(args, body)
