"""Bad input gets a clear error and loses nothing: names, text, URLs, folders, damaged files."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import Candidate, InterviewTemplate, Question
from app.domain.validation import InvalidField
from app.services.catalog import Catalog
from app.services.context import AppContext, make_context
from app.services.startup import FolderNotWritable, open_database
from app.storage.errors import CorruptDatabaseError, DatabaseUnavailableError


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = make_context(data_dir=tmp_path / "data")
    open_database(context)
    yield context
    context.close()


def test_empty_and_overlong_names_are_refused_with_the_field_named(ctx: AppContext) -> None:
    with pytest.raises(InvalidField) as empty:
        Catalog(ctx).save_candidate(Candidate(name="   "))
    assert empty.value.field == "name" and "empty" in empty.value.what
    with pytest.raises(InvalidField) as long:
        Catalog(ctx).save_candidate(Candidate(name="名" * 10_000))
    assert "10,000 characters" in long.value.what and "Shorten" in long.value.next_step
    assert Catalog(ctx).candidates() == []


def test_cjk_emoji_and_pasted_control_characters(ctx: AppContext) -> None:
    saved = Catalog(ctx).save_candidate(Candidate(name="\u200b王芳\x07 🌸 ", notes="第一行\r\n第二行"))
    assert saved.candidate.name == "\u200b王芳 🌸"
    assert [c.name for c in Catalog(ctx).candidates("王芳")] == ["\u200b王芳 🌸"]


def test_bad_email_phone_salary_and_question_timing(ctx: AppContext) -> None:
    for bad in (Candidate(name="A", email="not-an-email"), Candidate(name="A", phone="call me")):
        with pytest.raises(InvalidField):
            Catalog(ctx).save_candidate(bad)
    from decimal import Decimal

    with pytest.raises(InvalidField):
        Catalog(ctx).save_candidate(Candidate(name="A", expected_monthly_salary=Decimal(-1)))
    with pytest.raises(InvalidField) as timing:
        Catalog(ctx).save_template(InterviewTemplate(name="T", questions=[Question("Q", time_limit_s=5)]))
    assert "time limit" in timing.value.what.lower()


def test_duplicate_candidate_is_warned_and_still_saved(ctx: AppContext) -> None:
    first = Catalog(ctx).save_candidate(Candidate(name="陈晨", phone="13800000000"))
    second = Catalog(ctx).save_candidate(Candidate(name="陈晨", phone="13800000000"))
    assert [d.id for d in second.possible_duplicates] == [first.candidate.id]
    assert len(Catalog(ctx).candidates()) == 2


def test_unreachable_database_url_says_so(tmp_path: Path) -> None:
    (tmp_path / "hrdesk.toml").write_text('[database]\nurl = "postgresql+psycopg://hr@127.0.0.1:9/hrdesk"\n')
    context = make_context(data_dir=tmp_path)
    with pytest.raises(DatabaseUnavailableError) as info:
        open_database(context)
    assert info.value.what.startswith("Database unavailable:")
    assert "server" in info.value.next_step


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() == 0:  # root ignores permission bits: mount a real read-only filesystem
        subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)], check=True)
        yield folder
        subprocess.run(["umount", str(folder)], check=False)
    else:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)


def test_read_only_data_folder_is_named_with_a_way_out(read_only_folder: Path) -> None:
    context = make_context(data_dir=read_only_folder)
    with pytest.raises(FolderNotWritable) as info:
        open_database(context)
    assert str(read_only_folder) in info.value.what
    assert "data folder" in info.value.next_step


def test_corrupt_sqlite_file_is_detected_and_left_untouched(tmp_path: Path) -> None:
    context = make_context(data_dir=tmp_path)
    open_database(context)
    Catalog(context).save_candidate(Candidate(name="Kept"))
    context.close()
    db_file = tmp_path / "hrdesk.sqlite3"
    for extra in ("-wal", "-shm"):
        Path(str(db_file) + extra).unlink(missing_ok=True)
    data = bytearray(db_file.read_bytes())
    data[100:4096] = os.urandom(3996)  # the header page's b-tree, after the 100-byte file header
    db_file.write_bytes(bytes(data))
    damaged = db_file.read_bytes()
    context = make_context(data_dir=tmp_path)
    with pytest.raises(CorruptDatabaseError) as info:
        open_database(context)
    assert "damaged" in info.value.what and "Restore" in info.value.next_step
    assert db_file.read_bytes() == damaged, "the damaged file is kept as it was for IT"


def test_garbage_file_instead_of_a_database(tmp_path: Path) -> None:
    (tmp_path / "hrdesk.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(CorruptDatabaseError):
        open_database(make_context(data_dir=tmp_path))
