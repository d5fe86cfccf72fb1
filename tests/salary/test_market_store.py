"""Market data import into the database: all rows in one transaction, or none."""

from pathlib import Path

import pytest

from app.salary.market_import import AlreadyImportedError, import_market_file, remove_import
from app.storage.db import Database
from app.storage.repositories import Repositories
from app.storage.salary_repositories import MarketRepository

HEADER = "position,level,city,P25,P50,P75,source,date"


def market_file(tmp_path: Path, rows: int, bad_row: int | None = None) -> Path:
    lines = [HEADER] + [f"Engineer {i},Mid-level,City {i % 9},7000,8500,10000,Survey,2026-06-30"
                        for i in range(rows)]
    if bad_row is not None:
        lines[bad_row] = lines[bad_row].replace("8500", "-8500")
    path = tmp_path / f"market-{rows}-{bad_row}.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_dirty_file_imports_nothing_and_the_refusal_is_audited(database: Database,
                                                               tmp_path: Path) -> None:
    outcome = import_market_file(database, market_file(tmp_path, 3000, bad_row=2999), "hr.li")
    assert not outcome.imported
    assert [str(p) for p in outcome.check.problems] == ["row 3000, column E: p50 is negative (-8500)"]
    with database.session() as s:
        assert MarketRepository(s).count() == 0
        assert MarketRepository(s).imports() == []


def test_clean_file_imported_once_and_removable(database: Database, tmp_path: Path) -> None:
    path = market_file(tmp_path, 3000)
    outcome = import_market_file(database, path, "hr.li")
    assert outcome.record is not None and outcome.record.row_count == 3000
    with database.session() as s:
        market = MarketRepository(s)
        assert market.count() == 3000
        rates = market.rates_for("engineer 42", "MID-LEVEL")
        assert [r.city for r in rates] == ["City 6"]
        assert [e.action for e in Repositories(s).audit.for_record(outcome.record.id)] == [
            "market.imported"]
    with pytest.raises(AlreadyImportedError, match="already imported"):
        import_market_file(database, path, "hr.li")
    assert remove_import(database, outcome.record, "hr.li") == 3000
    with database.session() as s:
        assert MarketRepository(s).count() == 0
    assert import_market_file(database, path, "hr.li").imported
