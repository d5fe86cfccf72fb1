"""`hrdesk report salary`, `hrdesk salary import-market / export-payroll / fairness`."""

import argparse
import csv
import io
import json
from pathlib import Path

import pytest

from app.salary.commands import register
from app.salary.grade_tables import ensure_default_table
from app.salary.history import add_history
from app.storage.db import Database


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="hrdesk")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return int(args.func(args))


@pytest.fixture
def history(sqlite_database: Database) -> str:
    table = ensure_default_table(sqlite_database, "en")
    with sqlite_database.transaction() as s:
        add_history(s, table, 300, seed=2, questions_per_interview=1)
    return sqlite_database.url


def test_report_by_source_in_three_formats(history: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("report", "salary", "--by", "source", "--format", "json", "--database", history,
               "--compare", "referral") == 0
    data = json.loads(capsys.readouterr().out)
    groups = {r["group"]: r for r in data["rows"]}
    assert set(groups) == {"agency", "campus", "job_board", "referral", "website"}
    assert sum(r["interviews"] for r in data["rows"]) == 300
    assert data["comparison"]["reference"] == "job_board" and data["comparison"]["percent"] < -5

    assert run("report", "salary", "--by", "position", "--format", "csv", "--database", history) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 5 and "mean_expected_minus_offered" in rows[0]

    assert run("report", "salary", "--format", "table", "--database", history,
               "--compare", "referral", "--to", "job_board") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("group") and "referral vs job_board, mean_offered" in out


def test_import_problems_listed_and_exit_code(history: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "m.csv"
    bad.write_text("position,level,city,P25,P50,P75,source,date\n"
                   "Engineer,Mid,Shanghai,7000,abc,9000,S,2026-06-30\n", encoding="utf-8")
    assert run("salary", "import-market", str(bad), "--database", history) == 1
    err = capsys.readouterr().err
    assert "row 2, column E: 'abc' in p50 is not a number" in err and "nothing was imported" in err
    bad.write_text("position,level,city,P25,P50,P75,source,date\n"
                   "Engineer,Mid,Shanghai,7000,8000,9000,S,2026-06-30\n", encoding="utf-8")
    assert run("salary", "import-market", str(bad), "--database", history) == 0
    assert "Imported 1 market rows" in capsys.readouterr().out
    assert run("salary", "import-market", str(bad), "--database", history) == 2
    assert "already imported" in capsys.readouterr().err


def test_demo_history_command(sqlite_database: Database,
                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run("salary", "demo-history", "--interviews", "50", "--database",
               sqlite_database.url) == 0
    assert "Added 50 synthetic saved interviews" in capsys.readouterr().out
    assert run("report", "salary", "--format", "json", "--database", sqlite_database.url) == 0
    assert sum(r["interviews"] for r in json.loads(capsys.readouterr().out)["rows"]) == 50


def test_payroll_export_and_fairness(history: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "payroll.csv"
    assert run("salary", "export-payroll", str(target), "--database", history) == 0
    assert "offers to" in capsys.readouterr().out
    assert target.read_text("utf-8-sig").startswith("offer_id,candidate_id,candidate_name")
    assert run("salary", "fairness", "--attribute", "gender", "--format", "json",
               "--database", history) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["unknown"] == data["total"] > 0  # nobody recorded a gender in the history
