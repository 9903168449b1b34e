"""Engine setup for both storage engines, and migrations.

SQLite runs in WAL mode with ``synchronous=FULL`` (a committed decision survives power loss);
writers take the write lock up front (``BEGIN IMMEDIATE``) so concurrent processes queue
instead of failing on lock upgrades. PostgreSQL goes through psycopg 3.

``accounting`` is the engine for counters that must be atomic and isolated but not each flushed
to disk before the answer (model budgets): on SQLite its connections commit with
``synchronous=NORMAL`` (WAL: no fsync per commit; a power loss can forget the last commits);
on PostgreSQL it is the write engine, and the caller sets ``synchronous_commit`` per transaction.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

import arbiter


def _locate(name: str) -> Path:
    """Find a directory shipped next to the package (wheel) or at the repository root (checkout)."""
    packaged = Path(arbiter.__file__).parent / f"_{name}"
    if packaged.is_dir():
        return packaged
    return Path(arbiter.__file__).resolve().parents[2] / name


MIGRATIONS_DIR = _locate("migrations")
SCHEMAS_DIR = _locate("schemas")


class Database:
    """The engines of one store: ``write`` (transactions that change data) and ``read``."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.dialect = make_url(url).get_backend_name()
        if self.dialect == "sqlite":
            path = make_url(url).database
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.write = self._sqlite_engine(url, immediate=True)
            self.read = self._sqlite_engine(url, immediate=False)
            self.accounting = self._sqlite_engine(url, immediate=True, synchronous="NORMAL")
        else:
            self.write = create_engine(url, pool_size=8, max_overflow=8, pool_pre_ping=True)
            self.read = self.accounting = self.write

    @staticmethod
    def _sqlite_engine(url: str, *, immediate: bool, synchronous: str = "FULL") -> Engine:
        engine = create_engine(url, poolclass=NullPool if ":memory:" in url else None,
                               connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn: Any, _record: Any) -> None:
            # Take transaction control from the driver so BEGIN IMMEDIATE is ours to issue.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA synchronous={synchronous}")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine

    def migrate(self) -> None:
        """Apply every Alembic migration up to head (idempotent; a store already at head costs one query)."""
        cfg = _alembic_config()
        with self.write.begin() as conn:
            if MigrationContext.configure(conn).get_current_revision() == _head_revision():
                return
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def dispose(self) -> None:
        """Close pooled connections."""
        self.write.dispose()
        if self.read is not self.write:
            self.read.dispose()
        if self.accounting is not self.write:
            self.accounting.dispose()


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@functools.cache
def _head_revision() -> str | None:
    """The newest migration shipped with this code (read once: loading the scripts costs ~30 ms)."""
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()
