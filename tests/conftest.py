"""Shared fixtures: real stores (a SQLite file, and PostgreSQL when configured) and a real server.

``ARBITER_TEST_DATABASE_URL`` (e.g. ``postgresql://postgres@127.0.0.1:5432/test``) turns on the
PostgreSQL variants; each test gets its own schema there. With ``ARBITER_REQUIRE_POSTGRES=1``
(set by ``.ci/run``) a missing PostgreSQL fails the run instead of skipping.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from arbiter.api.app import create_app
from arbiter.db.engine import Database
from arbiter.service import Arbiter
from arbiter.settings import Settings, load_settings, normalize_database_url

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_TOOLS = ROOT / "examples" / "tools"
EXAMPLE_ALLOWLISTS = ROOT / "allowlists"
PG_URL = os.environ.get("ARBITER_TEST_DATABASE_URL")


def require(module: str) -> Any:
    """Import an optional test dependency (an official SDK). Missing, it skips locally but fails under CI
    (``CI=true``), where the dev lock installs it: a test that silently stops running is a test lost."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{module} is missing under CI ({exc}); it is in requirements-dev.lock", pytrace=False)
        pytest.skip(f"{module} is not installed", allow_module_level=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if PG_URL is None and os.environ.get("ARBITER_REQUIRE_POSTGRES") == "1":
        raise pytest.UsageError("ARBITER_REQUIRE_POSTGRES=1 but ARBITER_TEST_DATABASE_URL is not set")
    # A module of decision logic, whose store use engine-parametrized tests elsewhere cover, sets
    # ``ONE_ENGINE = True``: its tests run on the SQLite file only, except those marked every_engine.
    dropped = [item for item in items if _one_engine(item)]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = [item for item in items if not _one_engine(item)]


def _one_engine(item: pytest.Item) -> bool:
    callspec = getattr(item, "callspec", None)
    return (callspec is not None and callspec.params.get("db_url") == "postgresql"
            and getattr(getattr(item, "module", None), "ONE_ENGINE", False)
            and item.get_closest_marker("every_engine") is None)


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh, private schema (dropped afterwards)."""
    if PG_URL is None:
        pytest.skip("ARBITER_TEST_DATABASE_URL not set")
    base = normalize_database_url(PG_URL)
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test using this runs once on a SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'arbiter.db'}"
    url: str = request.getfixturevalue("pg_schema_url")
    return url


def make_settings(tmp_path: Path, db_url: str, **overrides: Any) -> Settings:
    """Settings for a test: its own data dir, store and admin token."""
    env = {
        "ARBITER_DATA_DIR": str(tmp_path / "var"),
        "ARBITER_DATABASE_URL": db_url,
        "ARBITER_ADMIN_TOKEN": "test-admin-token",
        "ARBITER_ALLOWLISTS": str(EXAMPLE_ALLOWLISTS),
        "ARBITER_REGISTRY_POLL_S": "0.2",
    }
    env.update({k: str(v) for k, v in overrides.items()})
    return load_settings(env)


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return make_settings(tmp_path, db_url)


def seed_demo(svc: Arbiter) -> None:
    """Register the example tools and apply the example allowlists, as `make serve` does."""
    import msgspec

    from arbiter.registry import ToolSpec

    svc.db.migrate()
    svc.registry.put_tools([msgspec.json.decode(path.read_bytes(), type=ToolSpec)
                           for path in sorted(EXAMPLE_TOOLS.glob("*.json"))], actor="test")
    svc.prepare(actor="test")


@pytest.fixture(scope="session")
def sqlite_migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store the migrations created once per session; ``svc`` starts from a copy (the migrations
    themselves are tested from an empty store by tests/db/test_engine.py)."""
    path = tmp_path_factory.mktemp("migrated") / "arbiter.db"
    db = Database(f"sqlite:///{path}")
    db.migrate()
    db.dispose()
    return path


@pytest.fixture
def svc(settings: Settings, sqlite_migrated: Path) -> Iterator[Arbiter]:
    """A prepared service (migrated, demo tools and allowlists loaded), audit writer running."""
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sqlite_migrated, url.database)
    arbiter = Arbiter.build(settings)
    seed_demo(arbiter)
    arbiter.audit.start()
    yield arbiter
    arbiter.audit.close()
    arbiter.db.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A real Arbiter HTTP server on loopback, and clients for it."""

    url: str
    svc: Arbiter
    admin: httpx.Client

    def agent_client(self, key: str) -> httpx.Client:
        return httpx.Client(base_url=self.url, headers={"Authorization": f"Bearer {key}"}, timeout=30)

    def add_agent(self, name: str = "bot", *, tenant: str = "acme", trust: str = "standard",
                  allowlist: str | None = "support") -> tuple[str, str]:
        r = self.admin.post("/v1/agents", json={"name": name, "tenant": tenant, "trust": trust,
                                                "allowlist": allowlist})
        assert r.status_code == 201, r.text
        body = r.json()
        return body["agent"]["id"], body["api_key"]


@pytest.fixture
def server(svc: Arbiter) -> Iterator[Server]:
    """Serve ``svc`` with uvicorn on a free loopback port for the duration of a test."""
    port = free_port()
    app = create_app(arbiter=svc)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("test server did not start")
        time.sleep(0.02)
    url = f"http://127.0.0.1:{port}"
    admin = httpx.Client(base_url=url, headers={"Authorization": "Bearer test-admin-token"}, timeout=30)
    try:
        yield Server(url=url, svc=svc, admin=admin)
    finally:
        admin.close()
        srv.should_exit = True
        thread.join(timeout=15)
