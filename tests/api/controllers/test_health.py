"""GET /healthz and /readyz over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import httpx
from sqlalchemy import text

from tests.conftest import Server


def test_healthz_needs_no_token(server: Server) -> None:
    r = httpx.get(f"{server.url}/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok"}


def test_readyz_reports_the_loaded_registry(server: Server) -> None:
    before = httpx.get(f"{server.url}/readyz").json()
    assert before["status"] == "ready" and before["database"] == "ok"
    assert (before["tools"], before["agents"], before["allowlists"]) == (4, 0, 2)

    server.add_agent()
    after = httpx.get(f"{server.url}/readyz").json()
    assert after["agents"] == 1
    assert after["registry_version"] > before["registry_version"]


def test_readyz_is_503_in_the_error_shape_when_the_store_is_broken(server: Server) -> None:
    with server.svc.db.write.begin() as conn:
        conn.execute(text("DROP TABLE registry_state"))
    r = httpx.get(f"{server.url}/readyz")
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "NOT_READY"
    assert set(r.json()["error"]) == {"code", "message", "details"}
    # Liveness does not depend on the store.
    assert httpx.get(f"{server.url}/healthz").status_code == 200
