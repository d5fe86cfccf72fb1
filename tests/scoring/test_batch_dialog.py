"""Batch screening from the GUI over a folder of real text files (one saved in GB18030)."""

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.scoring.batch_io import FolderRows
from app.scoring.errors import ScoringInputError
from app.ui.screening.batch_dialog import BatchScreeningDialog
from app.ui.tasks import TaskManager


@pytest.fixture(scope="module")
def tasks(qapp):  # type: ignore[no-untyped-def]
    manager = TaskManager(qapp)
    yield manager
    manager.wait_all(30000)
    qapp.processEvents()


def make_folder(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text("三年数据分析经验，熟练使用SQL和Python，做过用户留存分析。", encoding="utf-8")
    (folder / "b.txt").write_bytes("我是厨师，擅长川菜。".encode("gb18030"))
    (folder / "c.md").write_text("Five years of SQL reporting and Python automation.", encoding="utf-8")
    (folder / "ignored.pdf").write_bytes(b"%PDF-1.4")
    return folder


def test_folder_of_resumes_is_scored_into_excel(qtbot, tasks, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = make_folder(tmp_path / "resumes")
    rows = FolderRows(folder, "数据分析师岗位", "负责数据分析，使用SQL和Python，做用户分析和报表。", ("SQL", "Python"))
    dialog = BatchScreeningDialog(tasks)
    qtbot.addWidget(dialog)
    target = tmp_path / "out.xlsx"
    dialog.start(rows, target)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=60000)
    assert dialog.summary is not None and dialog.summary.rows == 3
    sheet = load_workbook(target, read_only=True).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    header = list(values[0])
    by_file = {r[header.index("file")]: r for r in values[1:]}
    assert set(by_file) == {"a.txt", "b.txt", "c.md"}
    skill = header.index("skill_match")
    assert by_file["a.txt"][skill] > by_file["b.txt"][skill]       # the cook's GB18030 resume is read
    assert "3" in dialog.status.text()


def test_cancelled_screening_writes_nothing(qtbot, tasks, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = make_folder(tmp_path / "resumes")
    for i in range(300):   # long enough that the cancel below lands while it runs
        (folder / f"r{i:03d}.txt").write_text(f"第{i}份简历：做过数据分析和报表。", encoding="utf-8")
    dialog = BatchScreeningDialog(tasks)
    qtbot.addWidget(dialog)
    target = tmp_path / "out.csv"
    job = dialog.start(FolderRows(folder, "q", "r"), target)
    job.cancel()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=60000)
    assert not target.exists() and not list(tmp_path.glob("*.partial"))
    assert "Cancelled" in dialog.status.text()


def test_empty_or_missing_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ScoringInputError, match="no .txt"):
        FolderRows(tmp_path, "q", "r")
    with pytest.raises(ScoringInputError, match="does not exist"):
        FolderRows(tmp_path / "nope", "q", "r")
