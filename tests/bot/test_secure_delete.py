"""Deletion that deletes on disk: after /loeschen and retention the person's words are in
neither the SQLite file nor its write-ahead log (the bytes are read back)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from bot.service import Lotse
from bot.storage.database import make_engine, upgrade

WORDS = "Zwetschgenkuchenbaeckerei Quappendorf"  # a phrase found nowhere else


def on_disk(path: Path) -> dict[str, int]:
    """How often the phrase is in the database file and in its -wal file."""
    needle = WORDS.split()[0].encode()
    found = {}
    for name in (path.name, path.name + "-wal"):
        file = path.parent / name
        found[name] = file.read_bytes().count(needle) if file.exists() else 0
    return found


def file_engine(tmp_path: Path) -> tuple[Engine, Path]:
    path = tmp_path / "lotse.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    return engine, path


def test_sqlite_connections_use_secure_delete(tmp_path: Path) -> None:
    engine, _ = file_engine(tmp_path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar_one() == 1
    engine.dispose()


def test_after_loeschen_the_words_are_gone_from_the_file_and_the_wal(
        tmp_path: Path, make_lotse: Callable[..., Lotse]) -> None:
    engine, path = file_engine(tmp_path)
    lotse = make_lotse(engine)
    for _ in range(5):
        lotse.handle("web", "gone", f"ich arbeite in der {WORDS}")
    lotse.handle("web", "stays", "hallo")
    assert sum(on_disk(path).values()) > 0  # the test reads the right bytes
    lotse.handle("web", "gone", "/loeschen")
    assert "gelöscht" in lotse.handle("web", "gone", "ja")[0].text
    assert on_disk(path) == {path.name: 0, path.name + "-wal": 0}
    with engine.connect() as conn:  # the other person's conversation is still there
        assert conn.exec_driver_sql("SELECT count(*) FROM conversations").scalar_one() == 1
    engine.dispose()


def test_after_retention_the_words_are_gone_from_the_file_and_the_wal(
        tmp_path: Path, make_lotse: Callable[..., Lotse]) -> None:
    engine, path = file_engine(tmp_path)
    make_lotse(engine).handle("web", "old", f"ich bin aus {WORDS}")
    assert sum(on_disk(path).values()) > 0
    later = make_lotse(engine, now=datetime.now(UTC) + timedelta(days=91))  # stamps: real time
    assert later.purge_expired() == 1
    assert on_disk(path) == {path.name: 0, path.name + "-wal": 0}
    engine.dispose()
