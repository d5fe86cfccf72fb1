"""Importing a market data file: check every cell first, then insert all rows in one transaction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserFacingError
from app.salary.market_check import MarketFileCheck, check_market_file
from app.storage.db import Database
from app.storage.repositories import Repositories
from app.storage.salary_repositories import MarketImport, MarketRepository


class AlreadyImportedError(UserFacingError):
    def __init__(self, earlier: MarketImport) -> None:
        self.earlier = earlier
        super().__init__(
            f"This file was already imported on {earlier.imported_at:%Y-%m-%d %H:%M} UTC "
            f"('{earlier.file_name}', {earlier.row_count:,} rows).",
            "Import it again only if you removed that import; otherwise nothing needs doing.",
        )


@dataclass(frozen=True)
class ImportOutcome:
    check: MarketFileCheck
    record: MarketImport | None  # None when the file had problems: nothing was imported

    @property
    def imported(self) -> bool:
        return self.record is not None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def import_market_file(db: Database, path: Path, actor: str,
                       allow_same_file: bool = False) -> ImportOutcome:
    """Nothing is written unless every row is clean; then all rows go in one transaction."""
    sha = file_sha256(path)
    if not allow_same_file:
        with db.session() as s:
            earlier = MarketRepository(s).find_import_by_hash(sha)
        if earlier is not None:
            raise AlreadyImportedError(earlier)
    check = check_market_file(path)
    if not check.clean:
        with db.transaction() as s:
            Repositories(s).audit.record(actor, "market.import_refused", "market_import", sha[:16], {
                "file": path.name, "problems": len(check.problems), "rows": check.data_rows,
                "first_problems": [str(p) for p in check.problems[:20]]})
        return ImportOutcome(check, None)
    with db.transaction() as s:
        record = MarketRepository(s).add_import(path.name, sha, check.encoding, check.rates, actor)
        Repositories(s).audit.record(actor, "market.imported", "market_import", record.id, {
            "file": path.name, "sha256": sha, "rows": record.row_count,
            "encoding": check.encoding})
    return ImportOutcome(check, record)


def remove_import(db: Database, record: MarketImport, actor: str) -> int:
    with db.transaction() as s:
        gone = MarketRepository(s).delete_import(record.id)
        Repositories(s).audit.record(actor, "market.import_removed", "market_import", record.id,
                                     {"file": record.file_name, "rows": gone})
    return gone


def list_imports(db: Database) -> list[MarketImport]:
    with db.session() as s:
        return MarketRepository(s).imports()
