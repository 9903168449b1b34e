"""Store setup: migrations are idempotent; SQLite runs WAL with full fsync."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from arbiter.db.engine import Database
from arbiter.db.models import metadata


def test_sqlite_is_wal_and_synchronous_full(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    db.migrate()
    db.migrate()
    with db.read.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("SELECT version FROM registry_state")).scalar() == 0
    db.dispose()


def test_migrations_apply_on_both_engines(db_url: str) -> None:
    from arbiter.settings import normalize_database_url

    db = Database(normalize_database_url(db_url))
    db.migrate()
    db.migrate()
    with db.read.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_records")).scalar() == 0
    # The migrations build every table the code declares, with the same columns.
    found = inspect(db.read)
    for table in metadata.sorted_tables:
        assert {c["name"] for c in found.get_columns(table.name)} == set(table.columns.keys()), table.name
    db.dispose()
