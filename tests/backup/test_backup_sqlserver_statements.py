"""SQL Server cannot run on these machines: the statements are checked here, not executed."""

from __future__ import annotations

from backup.engines import mssql_backup_statement, mssql_verify_statement, run_all_results


def test_backup_statement_is_copy_only_with_checksum_and_quoted() -> None:
    sql = mssql_backup_statement("HR]Desk", r"D:\SQL Backups\it's\hrdesk.bak")
    assert sql.startswith("BACKUP DATABASE [HR]]Desk] TO DISK = N'D:\\SQL Backups\\it''s\\hrdesk.bak'")
    assert "WITH CHECKSUM, COPY_ONLY" in sql


def test_verify_statement() -> None:
    assert mssql_verify_statement(r"D:\b.bak") == "RESTORE VERIFYONLY FROM DISK = N'D:\\b.bak' WITH CHECKSUM"


class _ResultSets:
    """Stands in for a DB-API cursor whose third result set carries the BACKUP error, the way
    pyodbc surfaces it (only when that set is reached)."""

    def __init__(self, sets: int, failing: int | None) -> None:
        self.sets, self.failing, self.current = sets, failing, 0
        self.executed: list[str] = []

    def execute(self, sql: str) -> None:
        self.executed.append(sql)

    def nextset(self) -> bool:
        self.current += 1
        if self.current == self.failing:
            raise RuntimeError("BACKUP DATABASE is terminating abnormally")
        return self.current < self.sets


def test_every_result_set_is_read_so_late_errors_surface() -> None:
    import pytest

    ok = _ResultSets(sets=4, failing=None)
    run_all_results(ok, "BACKUP ...")
    assert ok.current == 4
    with pytest.raises(RuntimeError, match="terminating abnormally"):
        run_all_results(_ResultSets(sets=4, failing=3), "BACKUP ...")
